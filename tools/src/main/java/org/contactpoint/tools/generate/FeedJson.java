package org.contactpoint.tools.generate;

/** Writes one feed line (FEED-FORMAT.md) into a StringBuilder: a tiny JSON writer, fast enough for 30M lines. */
final class FeedJson {

    private final StringBuilder out;
    private boolean first = true;

    FeedJson(StringBuilder out) {
        this.out = out;
    }

    FeedJson begin() {
        out.append('{');
        first = true;
        return this;
    }

    FeedJson end() {
        out.append('}');
        first = false;
        return this;
    }

    FeedJson endLine() {
        out.append("}\n");
        return this;
    }

    FeedJson name(String name) {
        if (!first) {
            out.append(',');
        }
        first = true;
        out.append('"').append(name).append("\":");
        return this;
    }

    FeedJson field(String name, String value) {
        name(name);
        return value(value);
    }

    FeedJson field(String name, long value) {
        name(name);
        out.append(value);
        first = false;
        return this;
    }

    FeedJson field(String name, boolean value) {
        name(name);
        out.append(value);
        first = false;
        return this;
    }

    FeedJson object(String name) {
        name(name);
        return begin();
    }

    FeedJson array(String name) {
        name(name);
        out.append('[');
        first = true;
        return this;
    }

    FeedJson endArray() {
        out.append(']');
        first = false;
        return this;
    }

    /** Starts an element of the current array. */
    FeedJson element() {
        if (!first) {
            out.append(',');
        }
        first = true;
        return this;
    }

    FeedJson value(String value) {
        if (value == null) {
            out.append("null");
        } else {
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
        first = false;
        return this;
    }
}
