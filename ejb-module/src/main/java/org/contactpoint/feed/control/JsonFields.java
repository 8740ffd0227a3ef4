package org.contactpoint.feed.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.contactpoint.feed.api.FeedProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed reads from one JSON object of a feed line. Every wrong type, unknown field or unparsable date becomes a
 * {@link FeedProblem} naming the field's path ("involvements[1].from"), so a whole line is checked in one pass.
 */
final class JsonFields {

    private final JsonObject object;
    private final String path;
    private final long line;
    private final List<FeedProblem> problems;

    JsonFields(JsonObject object, String path, long line, List<FeedProblem> problems, Set<String> allowed) {
        this.object = object;
        this.path = path;
        this.line = line;
        this.problems = problems;
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                problem(key, "is not a field of the feed format (check its spelling)");
            }
        }
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void problem(String name, String reason) {
        problems.add(new FeedProblem(line, field(name), reason));
    }

    private JsonValue value(String name, boolean required) {
        JsonValue v = object.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        return v;
    }

    String string(String name, boolean required) {
        JsonValue v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            problem(name, "must be a string");
            return null;
        }
        String text = s.getString().strip();
        if (text.isEmpty()) {
            if (required) {
                problem(name, "must not be empty");
            }
            return null;
        }
        return text;
    }

    long integer(String name) {
        JsonValue v = value(name, true);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            problem(name, "must be a whole number");
            return 0;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            problem(name, "is too large");
            return 0;
        }
    }

    boolean bool(String name) {
        JsonValue v = value(name, false);
        if (v == null) {
            return false;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        problem(name, "must be true or false");
        return false;
    }

    LocalDate date(String name, boolean required) {
        return parsed(name, required, LocalDate::parse, text -> "must be a date as yyyy-mm-dd, got '" + abbreviate(text) + "'");
    }

    Instant instant(String name, boolean required) {
        return parsed(name, required, Instant::parse, text -> "must be an ISO instant such as 2024-01-10T09:30:00Z");
    }

    private <T> T parsed(String name, boolean required, Function<String, T> parser, Function<String, String> problem) {
        String text = string(name, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            problem(name, problem.apply(text));
            return null;
        }
    }

    <T> T code(String name, boolean required, Function<String, T> lookup, String allowed) {
        String text = string(name, required);
        if (text == null) {
            return null;
        }
        T value = lookup.apply(text);
        if (value == null) {
            problem(name, "must be one of " + allowed + ", got '" + abbreviate(text) + "'");
        }
        return value;
    }

    JsonFields object(String name, Set<String> allowed) {
        JsonObject o = rawObject(name);
        return o == null ? null : new JsonFields(o, field(name), line, problems, allowed);
    }

    JsonObject rawObject(String name) {
        JsonValue v = value(name, false);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonObject o)) {
            problem(name, "must be an object");
            return null;
        }
        return o;
    }

    <T> List<T> array(String name, Function<Element, T> reader) {
        JsonValue v = value(name, false);
        List<T> items = new ArrayList<>();
        if (v == null) {
            return items;
        }
        if (!(v instanceof JsonArray a)) {
            problem(name, "must be an array");
            return items;
        }
        for (int i = 0; i < a.size(); i++) {
            T item = reader.apply(new Element(a.get(i), field(name) + "[" + i + "]"));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** One element of an array, with its path. */
    final class Element {
        final JsonValue value;
        final String path;

        Element(JsonValue value, String path) {
            this.value = value;
            this.path = path;
        }

        String asString() {
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                return s.getString().strip();
            }
            problems.add(new FeedProblem(line, path, "must be a non-empty string"));
            return null;
        }

        JsonFields asObject(Set<String> allowed) {
            if (value instanceof JsonObject o) {
                return new JsonFields(o, path, line, problems, allowed);
            }
            problems.add(new FeedProblem(line, path, "must be an object"));
            return null;
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
