package org.contactpoint.matching.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * How far each source is believed for each part of a child's identity: {@code source-trust.properties} beside this
 * class, or the file named by {@value #PROPERTY}.
 */
public final class SourceTrust {

    public static final String PROPERTY = "contactpoint.source-trust";

    /** The parts of a child's identity that survivorship decides. */
    public enum Part {
        GIVEN_NAMES("givenNames"), FAMILY_NAME("familyName"), DATE_OF_BIRTH("dateOfBirth"), GENDER("gender"),
        ADDRESS("address");

        private final String key;

        Part(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Map<Part, List<String>> order;

    private SourceTrust(Map<Part, List<String>> order) {
        this.order = order;
    }

    /** The configured trust: the file named by the system property, else the built-in order. */
    public static SourceTrust configured() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return load(SourceTrust.class.getResourceAsStream("source-trust.properties"), "built-in source trust");
        }
        try {
            return load(Files.newInputStream(Path.of(file)), file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
    }

    private static SourceTrust load(InputStream in, String name) {
        try (in) {
            Properties p = new Properties();
            p.load(in);
            return of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming a missing part, an unknown key or a malformed source name */
    public static SourceTrust of(Properties p) {
        Map<Part, List<String>> order = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            String list = p.getProperty(part.key());
            if (list == null) {
                throw new IllegalArgumentException(part.key() + ": missing (list the sources, most trusted first, or leave empty)");
            }
            List<String> sources = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            sources.stream().filter(s -> !s.matches("[A-Z0-9-]{2,32}")).findFirst().ifPresent(s -> {
                throw new IllegalArgumentException(part.key() + ": '" + s + "' is not a source system name");
            });
            order.put(part, sources);
        }
        p.stringPropertyNames().stream().filter(k -> Arrays.stream(Part.values()).noneMatch(part -> part.key().equals(k)))
                .findFirst().ifPresent(k -> {
                    throw new IllegalArgumentException(k + ": unknown (expected givenNames, familyName, dateOfBirth, gender, address)");
                });
        return new SourceTrust(order);
    }

    /** 0 for the most trusted source of this part; sources not listed rank after all listed ones. */
    public int rank(Part part, String source) {
        List<String> sources = order.get(part);
        int at = sources.indexOf(source);
        return at < 0 ? sources.size() : at;
    }
}
