package org.contactpoint.tools.feed;

/** Running totals of the outcomes, and how much of the file has been read (for the estimate). */
final class LoadTotals {
    private final long fileBytes;
    private long bytesRead;
    private long linesRead;
    private long linked, created, review, ignored, rejected, failedBatches, processedThisRun;

    LoadTotals(long fileBytes) {
        this.fileBytes = fileBytes;
    }

    synchronized void read(long bytes, long lines) {
        bytesRead += bytes;
        linesRead += lines;
    }

    synchronized void add(BatchOutcome b) {
        linked += b.linked();
        created += b.created();
        review += b.review();
        ignored += b.ignored();
        rejected += b.rejected();
        if (b.status().equals("FAILED")) {
            failedBatches++;
        }
    }

    synchronized long estimatedLines() {
        return bytesRead == 0 ? 0 : Math.round(linesRead * ((double) fileBytes / bytesRead));
    }

    synchronized long records() { return linked + created + review + ignored + rejected; }
    synchronized long processedThisRun() { return processedThisRun; }
    synchronized void countRun(long n) { processedThisRun += n; }
    synchronized long linked() { return linked; }
    synchronized long created() { return created; }
    synchronized long review() { return review; }
    synchronized long ignored() { return ignored; }
    synchronized long rejected() { return rejected; }
    synchronized long failedBatches() { return failedBatches; }
}
