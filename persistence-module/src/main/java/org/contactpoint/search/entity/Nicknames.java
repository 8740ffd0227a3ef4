package org.contactpoint.search.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that are the same name for searching (Bill and William, Liv and Olivia), from {@code nicknames.txt}:
 * one group per line, the first name being the group's key. A name may be in several groups (Alex).
 */
public final class Nicknames {

    private static final Map<String, Set<String>> GROUPS_OF_NAME = load();

    private Nicknames() {
    }

    /** The key of the first group a name belongs to ("bill" → "william"), or null when it is in none. */
    public static String groupOf(String name) {
        Set<String> groups = GROUPS_OF_NAME.get(NameKeys.compact(name));
        return groups == null ? null : groups.iterator().next();
    }

    /** True when the two names are different forms of one given name (not when they are simply equal). */
    public static boolean related(String a, String b) {
        String first = NameKeys.compact(a);
        String second = NameKeys.compact(b);
        if (first.isEmpty() || first.equals(second)) {
            return false;
        }
        Set<String> ofFirst = GROUPS_OF_NAME.getOrDefault(first, Set.of());
        Set<String> ofSecond = GROUPS_OF_NAME.getOrDefault(second, Set.of());
        return ofFirst.stream().anyMatch(ofSecond::contains);
    }

    public static int groupCount() {
        return (int) GROUPS_OF_NAME.values().stream().flatMap(Set::stream).distinct().count();
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> groups = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.txt")) {
            if (in == null) {
                throw new IllegalStateException("nicknames.txt is missing from the search package");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] names = text.split(",");
                String key = names[0].strip();
                for (String name : names) {
                    groups.computeIfAbsent(name.strip(), n -> new LinkedHashSet<>()).add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(groups);
    }
}
