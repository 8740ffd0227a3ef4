package org.contactpoint.audit.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    @Test
    void everyEntryIsWrittenOnceInSomeBatchAndEachCallerGetsItsOwnResult() throws Exception {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger batches = new AtomicInteger();
        GroupCommit<Integer, String> commit = new GroupCommit<>(entries -> {
            batches.incrementAndGet();
            written.addAll(entries);
            return entries.stream().map(i -> "r" + i).toList();
        });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int n = i;
            results.add(pool.submit(() -> commit.append(n)));
        }
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get()).isEqualTo("r" + i);
        }
        pool.shutdown();
        assertThat(written).hasSize(2000).doesNotHaveDuplicates();
        assertThat(batches.get()).isLessThanOrEqualTo(2000);
    }

    @Test
    void aFailedBatchFailsEveryCallerInIt() {
        GroupCommit<Integer, String> commit = new GroupCommit<>(entries -> {
            throw new IllegalStateException("database down");
        });
        assertThatThrownBy(() -> commit.append(1)).hasMessage("database down");
    }
}
