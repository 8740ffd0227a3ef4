package org.contactpoint.tools.bench;

import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.ChainHead;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.GroupCommit;
import org.contactpoint.audit.entity.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench audit-append}: N concurrent callers append to the audit chain the way the server does — group commit
 * ({@link GroupCommit}): whoever gets the turn locks the head row, inserts every queued event, advances the head and
 * commits — each caller on its own connection, for a fixed time.
 * Reports appends per second and latency percentiles. Run against a database you can write test events into.
 */
@Command(name = "audit-append", mixinStandardHelpOptions = true,
        description = "Measures audit-chain appends per second with concurrent callers (writes real audit events).")
public class AuditAppendBenchmark implements Runnable {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--callers", defaultValue = "32", description = "Concurrent callers (default 32).")
    int callers;

    @Option(names = "--seconds", defaultValue = "20", description = "How long to run (default 20).")
    int seconds;

    private static final String INSERT = "INSERT INTO audit_event (seq, occurred_at, actor, actor_role, local_authority_code, "
            + "channel, action, target_cp_id, parameters, outcome, client_address, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** The connection of the calling thread: the caller whose turn it is writes the batch on its own connection. */
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();
    private final GroupCommit<Integer, Long> commits = new GroupCommit<>(this::writeBatch);

    @Override
    public void run() {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong appends = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(callers);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int caller = i;
            Thread t = new Thread(() -> {
                try (Connection c = database.connect()) {
                    c.setAutoCommit(false);
                    connection.set(c);
                    int n = 0;
                    while (System.nanoTime() < deadline && n < mine.length) {
                        long start = System.nanoTime();
                        commits.append(caller);
                        mine[n++] = System.nanoTime() - start;
                        appends.incrementAndGet();
                    }
                    mine[mine.length - 1] = n;
                } catch (SQLException | RuntimeException e) {
                    System.err.println("caller " + caller + " failed: " + e.getMessage());
                } finally {
                    done.countDown();
                }
            });
            threads.add(t);
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> all = new ArrayList<>();
        for (long[] l : latencies) {
            for (int i = 0; i < l[l.length - 1]; i++) {
                all.add(l[i]);
            }
        }
        all.sort(Long::compare);
        System.out.printf("%d callers, %.1f s: %,d appends, %,.0f appends/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                callers, elapsed, appends.get(), appends.get() / elapsed, pct(all, 50), pct(all, 95), pct(all, 99));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private List<Long> writeBatch(List<Integer> callers) {
        Connection c = connection.get();
        try (PreparedStatement lock = c.prepareStatement(ChainHead.LOCK); PreparedStatement insert = c.prepareStatement(INSERT);
             PreparedStatement advance = c.prepareStatement(ChainHead.ADVANCE)) {
            lock.setInt(1, 1);
            long seq;
            String previous;
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
                previous = rs.getString(2);
            }
            List<Long> written = new ArrayList<>();
            for (int caller : callers) {
                AuditEvent e = AuditEvent.chained(++seq, previous, Instant.now(), "bench" + caller, "PRACTITIONER",
                        "E10000024", Channel.REST, "child.search", null, "{\"familyName\":\"Smith\"}", Outcome.ALLOWED, "127.0.0.1");
                insert.setLong(1, seq);
                insert.setTimestamp(2, Timestamp.from(e.occurredAt()));
                insert.setString(3, e.actor());
                insert.setString(4, "PRACTITIONER");
                insert.setString(5, "E10000024");
                insert.setString(6, e.channel().name());
                insert.setString(7, e.action());
                insert.setString(8, null);
                insert.setString(9, e.parameters().orElse(null));
                insert.setString(10, e.outcome().name());
                insert.setString(11, "127.0.0.1");
                insert.setString(12, previous);
                insert.setString(13, e.hash());
                insert.addBatch();
                previous = e.hash();
                written.add(seq);
            }
            insert.executeBatch();
            advance.setLong(1, seq);
            advance.setString(2, previous);
            advance.setInt(3, 1);
            advance.executeUpdate();
            c.commit();
            return written;
        } catch (SQLException ex) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the batch failed already; report that
            }
            throw new IllegalStateException("audit batch failed: " + ex.getMessage(), ex);
        }
    }
}
