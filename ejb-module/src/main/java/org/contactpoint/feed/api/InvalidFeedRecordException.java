package org.contactpoint.feed.api;

import java.util.List;

/** A feed line that cannot be used; carries every problem found, each naming its field. */
public class InvalidFeedRecordException extends Exception {

    private final transient List<FeedProblem> problems;

    public InvalidFeedRecordException(List<FeedProblem> problems) {
        super(problems.isEmpty() ? "invalid record" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<FeedProblem> problems() {
        return problems;
    }
}
