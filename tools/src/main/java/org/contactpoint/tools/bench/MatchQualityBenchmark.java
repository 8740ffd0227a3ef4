package org.contactpoint.tools.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code bench match-quality}: compares what the feed path made of generated feeds with the generator's ground
 * truth. Pairwise over source records: a predicted pair is two records on the same child (merged records resolved
 * to their survivor), a true pair two records of the same true child. Records in review count as not linked. Also
 * counts unshielded duplicates of shielded children: a true child with a record its team shielded and another
 * record of it that is not shielded (must be 0). Records shielded by matching's caution do not count as shielded
 * children here.
 */
@Command(name = "match-quality", mixinStandardHelpOptions = true,
        description = "Pairwise precision, recall and F1 of identity matching against ground-truth.csv, and unshielded duplicates of shielded children.")
public class MatchQualityBenchmark implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--ground-truth", required = true, description = "The generator's ground-truth.csv.")
    Path groundTruth;

    @Option(names = "--except", description = "Another data set's ground-truth.csv (e.g. the demo data loaded first): "
            + "source records of both are left out, as their ids collide.")
    Path except;

    @Override
    public Integer call() throws Exception {
        Map<String, Integer> truth = new HashMap<>(); // source|id → true child number
        Map<String, Integer> trueIds = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(groundTruth, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                truth.put(f[0] + "|" + f[1], trueIds.computeIfAbsent(f[2], k -> trueIds.size()));
            }
        }
        if (except != null) {
            try (BufferedReader in = Files.newBufferedReader(except, StandardCharsets.UTF_8)) {
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(",");
                    truth.remove(f[0] + "|" + f[1]);
                }
            }
        }
        Map<Long, Map<Integer, Integer>> predicted = new HashMap<>(); // child → true child → records
        Map<Integer, Set<Long>> childrenOfTrue = new HashMap<>();
        Map<Long, Boolean> shielded = new HashMap<>();
        Map<Long, Boolean> teamShielded = new HashMap<>();
        long found = 0;
        long review = 0;
        try (Connection c = database.connect(); Statement st = c.createStatement()) {
            st.setFetchSize(10_000);
            c.setAutoCommit(false);
            // A child shielded by matching's caution (an uncertain match against a shielded child) is not the shielded
            // child whose duplicates must not exist: that is a child the team shielded.
            try (ResultSet rs = st.executeQuery("SELECT s.source_system, s.source_record_id, s.outcome, "
                    + "COALESCE(v.id, c.id), COALESCE(v.shielded, c.shielded), COALESCE(v.shielded, c.shielded) AND NOT EXISTS (SELECT 1 FROM audit_event e "
                    + "WHERE e.target_cp_id = COALESCE(v.cp_id, c.cp_id) AND e.action = 'SHIELDED_BY_MATCHING') "
                    + "FROM source_record s JOIN child c ON c.id = s.child_id LEFT JOIN child v ON v.cp_id = c.survivor_cp_id")) {
                while (rs.next()) {
                    Integer t = truth.get(rs.getString(1) + "|" + rs.getString(2));
                    if (t == null) {
                        continue; // not from this data set (demo data, tests)
                    }
                    found++;
                    if ("REVIEW".equals(rs.getString(3))) {
                        review++;
                    }
                    long child = rs.getLong(4);
                    predicted.computeIfAbsent(child, k -> new HashMap<>()).merge(t, 1, Integer::sum);
                    childrenOfTrue.computeIfAbsent(t, k -> new HashSet<>()).add(child);
                    shielded.put(child, rs.getBoolean(5));
                    teamShielded.put(child, rs.getBoolean(6));
                }
            }
        }
        long truePairs = 0;
        Map<Integer, Integer> sizes = new HashMap<>();
        truth.values().forEach(t -> sizes.merge(t, 1, Integer::sum));
        for (int n : sizes.values()) {
            truePairs += pairs(n);
        }
        long predictedPairs = 0;
        long truePositives = 0;
        for (Map<Integer, Integer> cluster : predicted.values()) {
            int size = cluster.values().stream().mapToInt(Integer::intValue).sum();
            predictedPairs += pairs(size);
            for (int n : cluster.values()) {
                truePositives += pairs(n);
            }
        }
        long unshieldedDuplicates = 0;
        long shieldedTrueChildren = 0;
        for (Set<Long> children : childrenOfTrue.values()) {
            if (children.stream().anyMatch(teamShielded::get)) {
                shieldedTrueChildren++;
                unshieldedDuplicates += children.stream().filter(ch -> !shielded.get(ch)).count();
            }
        }
        double precision = predictedPairs == 0 ? 1 : (double) truePositives / predictedPairs;
        double recall = truePairs == 0 ? 1 : (double) truePositives / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("Source records: %,d in ground truth, %,d found in the database (%,d in review)%n", truth.size(), found, review);
        System.out.printf("True children: %,d; children made: %,d%n", sizes.size(), predicted.size());
        System.out.printf("Pairs: true %,d, predicted %,d, correct %,d%n", truePairs, predictedPairs, truePositives);
        System.out.printf("Precision %.4f  Recall %.4f  F1 %.4f%n", precision, recall, f1);
        System.out.printf("True children the team shielded: %,d; unshielded duplicates of them: %,d%n", shieldedTrueChildren,
                unshieldedDuplicates);
        return unshieldedDuplicates == 0 ? 0 : 1;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
