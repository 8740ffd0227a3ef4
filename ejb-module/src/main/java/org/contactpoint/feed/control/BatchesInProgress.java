package org.contactpoint.feed.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The batches this server is working on now: whoever claims a batch first processes it, nobody else. */
@ApplicationScoped
public class BatchesInProgress {

    private final Set<Long> working = ConcurrentHashMap.newKeySet();

    public boolean claim(long batchId) {
        return working.add(batchId);
    }

    public void release(long batchId) {
        working.remove(batchId);
    }

    public boolean isWorking(long batchId) {
        return working.contains(batchId);
    }
}
