package org.contactpoint.tools.generate;

import net.datafaker.Faker;
import org.contactpoint.organisation.entity.LocalAuthorityCatalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The fixed reference data the generator draws from: en-GB names and streets from Datafaker (drawn once with a fixed
 * seed, so every run sees the same pools), the local authorities of the server's catalogue with real towns and
 * postcode districts, schools, GP practices and nicknames. Immutable and shared by all worker threads.
 */
final class Reference {

    private static final long POOL_SEED = 20091001L;

    final List<String> femaleNames;
    final List<String> maleNames;
    final List<String> familyNames;
    final List<String> streets;
    final List<Area> areas;
    final Map<String, List<String>> nicknames;

    private Reference(List<String> femaleNames, List<String> maleNames, List<String> familyNames,
                      List<String> streets, List<Area> areas, Map<String, List<String>> nicknames) {
        this.femaleNames = femaleNames;
        this.maleNames = maleNames;
        this.familyNames = familyNames;
        this.streets = streets;
        this.areas = areas;
        this.nicknames = nicknames;
    }

    static Reference load() {
        Faker faker = new Faker(Locale.UK, new Random(POOL_SEED));
        Map<String, List<String>> nicknames = nicknames();
        List<String> female = new ArrayList<>(pool(() -> faker.name().femaleFirstName(), 300));
        List<String> male = new ArrayList<>(pool(() -> faker.name().malefirstName(), 300));
        // Formal names with nicknames are common among real children; make sure they are in the pools.
        for (String line : lines("nicknames.txt")) {
            String formal = line.substring(2, line.indexOf(':'));
            List<String> pool = line.startsWith("f ") ? female : male;
            if (!pool.contains(formal)) {
                pool.add(formal);
            }
        }
        List<String> family = pool(() -> faker.name().lastName(), 900);
        family.addAll(List.of("O'Brien", "McDonald", "MacDonald", "Smith-Jones", "Ahmed", "Khan", "Patel", "Nowak",
                "Kowalski", "Okafor", "Adeyemi", "Begum", "Hussain", "Singh", "Kaur", "D'Souza", "Li", "Nguyen"));
        // Datafaker's street names are American; English streets are mostly a name or a word with an English suffix.
        List<String> suffixes = List.of("Road", "Street", "Lane", "Close", "Avenue", "Drive", "Way", "Crescent", "Gardens", "Grove", "Terrace", "Mews");
        Random streetRandom = new Random(POOL_SEED + 1);
        List<String> words = new ArrayList<>(pool(() -> faker.name().lastName(), 300));
        words.addAll(List.of("Mill", "Church", "Station", "Victoria", "Park", "High", "Manor", "Chapel", "Meadow", "Orchard",
                "Queens", "Kings", "Westfield", "Brook", "Oak", "Elm", "Ash", "Willow", "Castle", "Bridge", "Abbey", "Green"));
        List<String> streets = pool(() -> words.get(streetRandom.nextInt(words.size())) + " " + suffixes.get(streetRandom.nextInt(suffixes.size())), 600);
        return new Reference(List.copyOf(female), List.copyOf(male), List.copyOf(family), streets,
                areas(faker, streets), nicknames);
    }

    /** Distinct values from a Datafaker supplier, sorted so the pool does not depend on hash order. */
    private static List<String> pool(Supplier<String> supplier, int wanted) {
        TreeSet<String> values = new TreeSet<>();
        for (int i = 0; i < wanted * 20 && values.size() < wanted; i++) {
            String v = supplier.get();
            if (v.matches("\\p{L}[\\p{L}' -]*")) {
                values.add(v);
            }
        }
        return new ArrayList<>(values);
    }

    private static List<Area> areas(Faker faker, List<String> streets) {
        Map<String, LocalAuthorityCatalogue.Entry> catalogue = new HashMap<>();
        LocalAuthorityCatalogue.entries().forEach(e -> catalogue.put(e.code(), e));
        List<Area> areas = new ArrayList<>();
        Random random = new Random(POOL_SEED);
        int urn = 100_000;
        for (String line : lines("authorities.txt")) {
            String[] f = line.split("\\|");
            if (f[0].equals("-")) {
                for (String townAndDistricts : f[2].split(", ")) {
                    String[] td = townAndDistricts.split(":");
                    areas.add(area(null, f[1], List.of(td[0]), Arrays.asList(td[1].split(" ")), random, streets, urn));
                    urn += 100;
                }
            } else {
                LocalAuthorityCatalogue.Entry la = catalogue.get(f[0]);
                if (la == null) {
                    throw new IllegalStateException("authorities.txt names " + f[0] + " which the catalogue lacks");
                }
                areas.add(area(la.code(), f[1], Arrays.asList(f[2].split(", ")), la.districts(), random, streets, urn));
                urn += 100;
            }
        }
        return List.copyOf(areas);
    }

    private static Area area(String laCode, String dfe, List<String> towns, List<String> districts, Random random,
                             List<String> streets, int firstUrn) {
        List<Area.Organisation> schools = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String street = streets.get(random.nextInt(streets.size())).replaceAll(" (Road|Street|Lane|Close|Avenue|Drive|Way|Crescent|Gardens|Grove|Terrace|Mews)$", "");
            String kind = i % 5 == 4 ? " Academy" : i % 5 == 3 ? " Secondary School" : " Primary School";
            schools.add(new Area.Organisation(Integer.toString(firstUrn + i), street + kind, phone(random)));
        }
        List<Area.Organisation> practices = new ArrayList<>();
        char letter = (char) ('A' + random.nextInt(26));
        for (int i = 0; i < 15; i++) {
            String street = streets.get(random.nextInt(streets.size())).replaceAll(" (Road|Street|Lane|Close|Avenue|Drive|Way|Crescent|Gardens|Grove|Terrace|Mews)$", "");
            String kind = i % 3 == 0 ? " Medical Practice" : i % 3 == 1 ? " Surgery" : " Health Centre";
            practices.add(new Area.Organisation(letter + String.format("%05d", 10_000 + firstUrn / 10 + i), street + kind, phone(random)));
        }
        String serviceCode = laCode == null ? "NAT" : "LA" + dfe;
        return new Area(laCode, dfe, List.copyOf(towns), List.copyOf(districts), schools, practices, serviceCode);
    }

    /** Ofcom's numbers reserved for drama, so no generated number rings a real person. */
    static String phone(Random random) {
        return String.format("0115 496 %04d", random.nextInt(1000));
    }

    private static Map<String, List<String>> nicknames() {
        Map<String, List<String>> map = new HashMap<>();
        for (String line : lines("nicknames.txt")) {
            String[] f = line.substring(2).split(":");
            map.put(f[0].trim(), Arrays.asList(f[1].trim().split(" ")));
        }
        return map;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Reference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the tools jar");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
