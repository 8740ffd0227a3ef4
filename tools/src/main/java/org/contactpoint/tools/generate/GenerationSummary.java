package org.contactpoint.tools.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts of records written per source system. */
final class GenerationSummary {

    private final Map<SourceSystem, Long> counts = new EnumMap<>(SourceSystem.class);

    void add(ChunkMaker.Chunk chunk) {
        chunk.counts().forEach((s, n) -> counts.merge(s, n, Long::sum));
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    String perSource() {
        return counts.entrySet().stream().map(e -> String.format("%s %,d", e.getKey().code(), e.getValue()))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
