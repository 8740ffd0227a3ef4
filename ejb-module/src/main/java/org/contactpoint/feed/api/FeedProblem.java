package org.contactpoint.feed.api;

/** Why a line (or part of it) was rejected: the line number, the field in the feed's own names, and the reason. */
public record FeedProblem(long line, String field, String reason) {

    @Override
    public String toString() {
        return "line " + line + ", " + field + ": " + reason;
    }
}
