package org.contactpoint.tools.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the households of one block of four consecutive child indexes. Each block is generated from its own random
 * stream (seed, block index), so output is the same for a seed whatever the thread count, and blocks can be made in
 * parallel. A block holds one to four families; twins share a date of birth.
 */
final class Families {

    private static final int[][] SHAPES = {{1, 1, 1, 1}, {2, 1, 1}, {2, 2}, {3, 1}, {1, 3}, {4}};
    private static final int[] SHAPE_WEIGHTS = {30, 25, 15, 12, 8, 10};
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Reference ref;
    private final LocalDate asOf;

    Families(Reference ref, LocalDate asOf) {
        this.ref = ref;
        this.asOf = asOf;
    }

    static SplittableRandom random(long seed, long block) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + block * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
    }

    List<Household> block(long seed, long block, int childrenWanted) {
        SplittableRandom rnd = random(seed, block);
        int[] shape = SHAPES[weighted(rnd)];
        List<Household> households = new ArrayList<>();
        long index = block * 4;
        int made = 0;
        for (int size : shape) {
            int n = Math.min(size, childrenWanted - made);
            if (n <= 0) {
                break;
            }
            households.add(household(rnd, index + made, n));
            made += n;
        }
        return households;
    }

    private static int weighted(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        for (int i = 0; i < SHAPE_WEIGHTS.length; i++) {
            r -= SHAPE_WEIGHTS[i];
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    private Household household(SplittableRandom rnd, long firstIndex, int size) {
        String familyName = pick(ref.familyNames, rnd);
        // 2 % of families live outside the server's mapping (Wales, Scotland, NI): their authority is unknown.
        List<Area> areas = ref.areas;
        int inside = (int) areas.stream().filter(a -> a.laCode() != null).count();
        Area area = rnd.nextInt(100) < 2 ? areas.get(inside + rnd.nextInt(areas.size() - inside)) : areas.get(rnd.nextInt(inside));
        Household.Address current = address(area, rnd);
        Household.Address previous = null;
        if (rnd.nextInt(100) < 12) {
            Area from = rnd.nextInt(3) == 0 ? areas.get(rnd.nextInt(inside)) : area;
            previous = address(from, rnd);
        }
        List<Household.Parent> parents = new ArrayList<>();
        String motherSurname = rnd.nextInt(100) < 80 ? familyName : pick(ref.familyNames, rnd);
        parents.add(new Household.Parent(pick(ref.femaleNames, rnd) + " " + motherSurname, "mother", true, mobile(rnd)));
        if (rnd.nextInt(100) < 65) {
            parents.add(new Household.Parent(pick(ref.maleNames, rnd) + " " + familyName, "father", rnd.nextInt(100) < 90, mobile(rnd)));
        } else if (rnd.nextInt(100) < 15) {
            parents.add(new Household.Parent(pick(ref.femaleNames, rnd) + " " + pick(ref.familyNames, rnd), "foster carer", false, mobile(rnd)));
        }
        Area.Organisation practice = pick(area.practices(), rnd);
        List<TrueChild> children = new ArrayList<>();
        LocalDate twinDob = null;
        boolean twins = size >= 2 && rnd.nextInt(100) < 15;
        for (int i = 0; i < size; i++) {
            long index = firstIndex + i;
            boolean twin = twins && i < 2;
            LocalDate dob = twin && twinDob != null ? twinDob : dateOfBirth(rnd);
            if (twin) {
                twinDob = dob;
            }
            children.add(child(rnd, index, familyName, dob, area, twin));
        }
        return new Household(familyName, area, current, previous, List.copyOf(parents), practice, List.copyOf(children));
    }

    private TrueChild child(SplittableRandom rnd, long index, String familyName, LocalDate dob, Area area, boolean twin) {
        int g = rnd.nextInt(1000);
        String gender = g < 490 ? "female" : g < 985 ? "male" : g < 993 ? "other" : "unknown";
        List<String> names = gender.equals("female") || (!gender.equals("male") && rnd.nextBoolean()) ? ref.femaleNames : ref.maleNames;
        String given = pick(names, rnd);
        String middle = rnd.nextInt(100) < 55 ? pick(names, rnd) : null;
        if (given.equals(middle)) {
            middle = null;
        }
        int age = asOf.getYear() - dob.getYear();
        Area.Organisation school = age >= 4 && age <= 18 ? pick(area.schools(), rnd) : null;
        return new TrueChild("T" + index, index, given, middle, familyName, dob, gender,
                Identifiers.nhsNumber(index), Identifiers.upn(index, area.dfeNumber()),
                Identifiers.childBenefitRef(index), school, twin);
    }

    /** Ages spread evenly over 0–18; one child in 200 is a care leaver of 18–25. */
    private LocalDate dateOfBirth(SplittableRandom rnd) {
        int days = rnd.nextInt(200) == 0 ? 18 * 365 + 5 + rnd.nextInt(7 * 365) : rnd.nextInt(18 * 365);
        return asOf.minusDays(days);
    }

    private Household.Address address(Area area, SplittableRandom rnd) {
        String district = pick(area.districts(), rnd);
        String postcode = district + " " + (1 + rnd.nextInt(9)) + POSTCODE_LETTERS.charAt(rnd.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(rnd.nextInt(POSTCODE_LETTERS.length()));
        String line1 = (1 + rnd.nextInt(180)) + " " + pick(ref.streets, rnd);
        return new Household.Address(line1, pick(area.towns(), rnd), postcode, area);
    }

    /** Ofcom's mobile range reserved for drama. */
    private static String mobile(SplittableRandom rnd) {
        return String.format("07700 900%03d", rnd.nextInt(1000));
    }

    static <T> T pick(List<T> list, SplittableRandom rnd) {
        return list.get(rnd.nextInt(list.size()));
    }
}
