package org.contactpoint.audit.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit for the audit chain: callers queue their entries; whichever caller gets the writer's turn writes
 * everything queued so far in one transaction (one head-row lock, one commit) and hands each caller its result.
 * Every caller returns only after its own entry is committed. The JVM lock here only groups writes on one instance;
 * the chain's order still comes from the database's head-row lock, so several instances append correctly.
 *
 * @param <E> an entry to append
 * @param <R> what appending one entry gives back
 */
public final class GroupCommit<E, R> {

    static final int MAX_BATCH = 256;
    static final int MAX_ROUNDS = 8;

    private final LinkedBlockingQueue<Pending<E, R>> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock turn = new ReentrantLock();
    private final Function<List<E>, List<R>> writer;

    /** @param writer writes a batch in one transaction and returns one result per entry, in order */
    public GroupCommit(Function<List<E>, List<R>> writer) {
        this.writer = writer;
    }

    private static final class Pending<E, R> {
        final E entry;
        final CountDownLatch written = new CountDownLatch(1);
        volatile boolean done;
        R result;
        RuntimeException failure;

        Pending(E entry) {
            this.entry = entry;
        }
    }

    /**
     * Appends and returns once the entry is committed. A caller that finds nobody writing takes the turn and writes
     * what is queued (a few rounds, so the queue empties under load); the others sleep until their entry is written,
     * waking briefly to take the turn if the writer has moved on.
     */
    public R append(E entry) {
        Pending<E, R> mine = new Pending<>(entry);
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (turn.tryLock()) {
                try {
                    for (int round = 0; round < MAX_ROUNDS && !queue.isEmpty(); round++) {
                        writeQueued();
                    }
                } finally {
                    turn.unlock();
                }
            } else {
                try {
                    mine.written.await(2, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true; // the entry must still be written; keep waiting
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    private void writeQueued() {
        List<Pending<E, R>> batch = new ArrayList<>();
        queue.drainTo(batch, MAX_BATCH);
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<R> results = writer.apply(batch.stream().map(p -> p.entry).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result = results.get(i);
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.failure = e);
        } finally {
            batch.forEach(p -> {
                p.done = true;
                p.written.countDown();
            });
        }
    }
}
