package org.contactpoint.tools.feed;

import jakarta.json.JsonObject;

/** A finished batch as the server reported it: its state, counts and failure, if any. */
record BatchOutcome(long batchId, String status, long linesRead, long linked, long created, long review, long ignored,
                    long rejected, String failure) {

    static BatchOutcome of(JsonObject json) {
        return new BatchOutcome(json.getJsonNumber("batchId").longValue(), json.getString("status"),
                json.getJsonNumber("linesRead").longValue(), json.getJsonNumber("linked").longValue(),
                json.getJsonNumber("created").longValue(), json.getJsonNumber("review").longValue(),
                json.getJsonNumber("ignored").longValue(), json.getJsonNumber("rejected").longValue(),
                !json.containsKey("failure") || json.isNull("failure") ? null : json.getString("failure"));
    }

    boolean finished() {
        return status.equals("DONE") || status.equals("FAILED");
    }

    long records() {
        return linked + created + review + ignored + rejected;
    }

    /** "index batchId status linesRead linked created review ignored rejected": a line of the progress file. */
    String progressLine(int index) {
        return index + " " + batchId + " " + status + " " + linesRead + " " + linked + " " + created + " " + review + " "
                + ignored + " " + rejected;
    }

    static BatchOutcome fromProgressLine(String[] f) {
        return new BatchOutcome(Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
                Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]), null);
    }
}
