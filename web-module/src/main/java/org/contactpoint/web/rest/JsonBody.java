package org.contactpoint.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.contactpoint.web.partner.PartnerRequests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * A JSON request body read strictly: at most {@link PartnerRequests#MAX_MESSAGE_BYTES}, one object, no unknown
 * fields (a misspelt field must not silently drop data), each field of the right type. The first problem is
 * answered 400 naming the field, in dotted form for nested fields.
 */
final class JsonBody {

    private final JsonObject json;
    private final String prefix;

    private JsonBody(JsonObject json, String prefix, Set<String> allowed) {
        this.json = json;
        this.prefix = prefix;
        for (String name : json.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequest(prefix + name, prefix + name + ": unknown field; the fields are " + String.join(", ",
                        new java.util.TreeSet<>(allowed)) + ".");
            }
        }
    }

    /** The body's bytes, refused past the limit even when no length was declared (chunked). */
    static byte[] bytes(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) PartnerRequests.MAX_MESSAGE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > PartnerRequests.MAX_MESSAGE_BYTES) {
            throw new BodyTooLarge(PartnerRequests.MAX_MESSAGE_BYTES);
        }
        return bytes;
    }

    static JsonBody read(byte[] bytes, Set<String> allowed) {
        if (bytes.length == 0) {
            throw new BadRequest("body", "body: is empty; send a JSON object.");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRequest("body", "body: must be a JSON object.");
            }
            return new JsonBody(value.asJsonObject(), "", allowed);
        } catch (JsonParsingException e) {
            throw new BadRequest("body", "body: is not valid JSON (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ").");
        } catch (JsonException e) {
            throw new BadRequest("body", "body: is not valid JSON.");
        }
    }

    String string(String name, boolean required, int max) {
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw new BadRequest(prefix + name, prefix + name + ": is required.");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new BadRequest(prefix + name, prefix + name + ": must be a string.");
        }
        if (s.getString().length() > max) {
            throw new BadRequest(prefix + name, prefix + name + ": must be at most " + max + " characters.");
        }
        return s.getString();
    }

    LocalDate date(String name, boolean required) {
        String text = string(name, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest(prefix + name, prefix + name + ": must be a date like 2024-01-31.");
        }
    }

    boolean bool(String name) {
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            return false;
        }
        if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
            throw new BadRequest(prefix + name, prefix + name + ": must be true or false.");
        }
        return v == JsonValue.TRUE;
    }

    long wholeNumber(String name) {
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            throw new BadRequest(prefix + name, prefix + name + ": is required.");
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw new BadRequest(prefix + name, prefix + name + ": must be a whole number.");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadRequest(prefix + name, prefix + name + ": is too large.");
        }
    }

    /** A nested object, or null when absent. */
    JsonBody object(String name, Set<String> allowed) {
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequest(prefix + name, prefix + name + ": must be an object.");
        }
        return new JsonBody(v.asJsonObject(), prefix + name + ".", allowed);
    }
}
