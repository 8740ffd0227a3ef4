package org.contactpoint.organisation.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The local authorities ContactPoint knows at installation and the postcode districts each is responsible for,
 * from {@code local-authorities.csv}. The schema migration loads them; the data generator draws addresses from them,
 * so generated postcodes map to the same authorities the server derives.
 */
public final class LocalAuthorityCatalogue {

    /** One row of the catalogue. */
    public record Entry(String code, String name, String teamPhone, String teamEmail, List<String> districts) {
    }

    private LocalAuthorityCatalogue() {
    }

    public static List<Entry> entries() {
        try (InputStream in = LocalAuthorityCatalogue.class.getResourceAsStream("local-authorities.csv")) {
            if (in == null) {
                throw new IllegalStateException("local-authorities.csv is missing from the classpath");
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                entries.add(new Entry(f[0], f[1], f[2], f[3], Arrays.asList(f[4].trim().split(" "))));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read local-authorities.csv", e);
        }
    }
}
