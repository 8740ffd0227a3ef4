package org.contactpoint.tools.generate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Makes the feed lines and ground truth for a range of blocks; thread-safe (all state is per call). */
final class ChunkMaker {

    record Chunk(Map<SourceSystem, StringBuilder> feeds, StringBuilder truth, long children, Map<SourceSystem, Long> counts) {
    }

    private final Families families;
    private final SourceRecords sources;
    private final long seed;
    private final long children;

    ChunkMaker(Reference ref, LocalDate asOf, long seed, long children) {
        this.families = new Families(ref, asOf);
        this.sources = new SourceRecords(ref, asOf, seed);
        this.seed = seed;
        this.children = children;
    }

    Chunk make(long fromBlock, long toBlock) {
        Map<SourceSystem, StringBuilder> feeds = new EnumMap<>(SourceSystem.class);
        Map<SourceSystem, Long> counts = new EnumMap<>(SourceSystem.class);
        for (SourceSystem s : SourceSystem.values()) {
            feeds.put(s, new StringBuilder(1 << 20));
            counts.put(s, 0L);
        }
        StringBuilder truth = new StringBuilder(1 << 18);
        long made = 0;
        for (long block = fromBlock; block < toBlock; block++) {
            int wanted = (int) Math.min(4, children - block * 4);
            for (Household family : families.block(seed, block, wanted)) {
                for (TrueChild child : family.children()) {
                    made++;
                    for (SourceSystem s : SourceSystem.values()) {
                        String id = sources.render(s, family, child, feeds.get(s));
                        if (id != null) {
                            truth.append(s.code()).append(',').append(id).append(',').append(child.key()).append('\n');
                            counts.merge(s, 1L, Long::sum);
                        }
                    }
                }
            }
        }
        return new Chunk(feeds, truth, made, counts);
    }
}
