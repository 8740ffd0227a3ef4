package org.contactpoint.tools.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Renders a true child as each source system would send it, with that system's typical disagreements, as one
 * feed line. Every record draws from its own random stream (seed, child, source), so the files are deterministic.
 */
final class SourceRecords {

    private final Reference ref;
    private final LocalDate asOf;
    private final long seed;

    SourceRecords(Reference ref, LocalDate asOf, long seed) {
        this.ref = ref;
        this.asOf = asOf;
        this.seed = seed;
    }

    private SplittableRandom random(TrueChild child, SourceSystem source) {
        return new SplittableRandom((seed ^ 0x5DEECE66DL) * 31 + child.index() * 8 + source.ordinal());
    }

    /** Appends the child's record for {@code source} to {@code out}; returns its source record id, or null if absent. */
    String render(SourceSystem source, Household family, TrueChild child, StringBuilder out) {
        SplittableRandom rnd = random(child, source);
        int age = asOf.getYear() - child.dateOfBirth().getYear();
        return switch (source) {
            case NHS_PDS -> rnd.nextInt(100) < 98 ? nhs(family, child, rnd, age, out) : null;
            case DFE_SCHOOLS -> child.school() != null && rnd.nextInt(100) < 95 ? school(family, child, rnd, out) : null;
            case DWP_CB -> age < 18 && rnd.nextInt(100) < 90 ? benefit(family, child, rnd, out) : null;
            case LA_CSC -> rnd.nextInt(100) < 8 ? socialCare(family, child, rnd, age, out) : null;
        };
    }

    private String nhs(Household family, TrueChild child, SplittableRandom rnd, int age, StringBuilder out) {
        String id = child.nhsNumber();
        FeedJson json = header(out, SourceSystem.NHS_PDS, id, rnd);
        json.object("identifiers").field("NHS", child.nhsNumber()).end();
        names(json, child.givenNames(), maybeTypo(child.familyName(), 2, rnd), rnd.nextInt(100) < 2 ? child.givenName() : null);
        json.field("dateOfBirth", dob(child, rnd, 1, 1).toString()).field("gender", child.gender());
        // About half of health records have a missing or out-of-date postcode.
        int p = rnd.nextInt(100);
        Household.Address address = p < 20 && family.moved() ? family.previous() : family.current();
        address(json, address, p >= 20 && p < 45);
        parents(json, family, rnd, 1);
        json.object("gpPractice").field("code", family.practice().code()).field("name", family.practice().name())
                .field("from", notAfter(child.dateOfBirth().plusDays(14), asOf).toString()).end();
        json.array("involvements");
        if (age < 5 && rnd.nextInt(100) < 30) {
            involvement(json, "health-visiting", family.area().serviceCode() + " Health Visiting Team", child.dateOfBirth().plusDays(10), rnd, null);
        }
        if (age >= 5 && rnd.nextInt(100) < 8) {
            involvement(json, "school-nursing", family.area().serviceCode() + " School Nursing", asOf.minusDays(30 + rnd.nextInt(700)), rnd, null);
        }
        if (age >= 8 && rnd.nextInt(100) < 2) {
            involvement(json, "mental-health", family.area().serviceCode() + " CAMHS", asOf.minusDays(10 + rnd.nextInt(300)), rnd, consent(family, child, age, rnd));
        }
        if (age >= 13 && rnd.nextInt(100) < 1) {
            involvement(json, "sexual-health", family.area().serviceCode() + " Sexual Health Clinic", asOf.minusDays(5 + rnd.nextInt(200)), rnd, consent(family, child, 16, rnd));
        }
        json.endArray().endLine();
        return id;
    }

    private String school(Household family, TrueChild child, SplittableRandom rnd, StringBuilder out) {
        String id = child.upn();
        FeedJson json = header(out, SourceSystem.DFE_SCHOOLS, id, rnd);
        json.object("identifiers").field("UPN", child.upn()).end();
        // Schools often record the name the child is known by, and only the first given name.
        String given = rnd.nextInt(100) < 12 ? Noise.nickname(child.givenName(), ref.nicknames, rnd) : child.givenName();
        names(json, maybeTypo(given, 2, rnd), maybeTypo(child.familyName(), 3, rnd), null);
        json.field("dateOfBirth", dob(child, rnd, 1, 0).toString()).field("gender", child.gender());
        address(json, rnd.nextInt(100) < 10 && family.moved() ? family.previous() : family.current(), rnd.nextInt(100) < 5);
        parents(json, family, rnd, 2);
        json.object("setting").field("urn", child.school().code()).field("name", child.school().name())
                .field("from", LocalDate.of(asOf.getYear() - rnd.nextInt(3) - (asOf.getMonthValue() < 9 ? 1 : 0), 9, 1).toString()).end();
        json.array("involvements");
        if (rnd.nextInt(100) < 3) {
            involvement(json, "education-welfare", family.area().serviceCode() + " Education Welfare Service", asOf.minusDays(20 + rnd.nextInt(300)), rnd, null);
        }
        if (rnd.nextInt(100) < 5) {
            involvement(json, "special-educational-needs", family.area().serviceCode() + " SEND Team", asOf.minusDays(20 + rnd.nextInt(900)), rnd, null);
        }
        json.endArray().endLine();
        return id;
    }

    private String benefit(Household family, TrueChild child, SplittableRandom rnd, StringBuilder out) {
        String id = child.childBenefitRef();
        FeedJson json = header(out, SourceSystem.DWP_CB, id, rnd);
        json.object("identifiers").field("CHILD_BENEFIT", child.childBenefitRef()).end();
        boolean caps = rnd.nextInt(100) < 30;
        String given = maybeTypo(child.givenNames(), 2, rnd);
        String familyName = rnd.nextInt(100) < 5 ? Noise.flatten(child.familyName()) : child.familyName();
        names(json, caps ? Noise.shout(given) : given, caps ? Noise.shout(familyName) : familyName, null);
        json.field("dateOfBirth", dob(child, rnd, 1, 1).toString()).field("gender", child.gender());
        address(json, rnd.nextInt(100) < 50 && family.moved() ? family.previous() : family.current(), false);
        parents(json, family, rnd, 1);
        json.endLine();
        return id;
    }

    private String socialCare(Household family, TrueChild child, SplittableRandom rnd, int age, StringBuilder out) {
        String id = family.area().serviceCode() + "-" + (1_000_000 + child.index());
        FeedJson json = header(out, SourceSystem.LA_CSC, id, rnd);
        json.object("identifiers");
        if (rnd.nextInt(100) < 60) {
            json.field("NHS", child.nhsNumber());
        }
        json.field("LA_REFERENCE", id).end();
        names(json, child.givenNames(), child.familyName(), rnd.nextInt(100) < 20 ? Noise.nickname(child.givenName(), ref.nicknames, rnd) : null);
        json.field("dateOfBirth", child.dateOfBirth().toString()).field("gender", child.gender());
        address(json, family.current(), false);
        parents(json, family, rnd, 2);
        json.array("involvements");
        String service = family.area().serviceCode();
        involvement(json, rnd.nextBoolean() ? "social-care" : "early-help", service + " Children's Services", asOf.minusDays(10 + rnd.nextInt(900)), rnd, null);
        if (age >= 10 && rnd.nextInt(100) < 15) {
            involvement(json, "youth-offending", service + " Youth Offending Team", asOf.minusDays(10 + rnd.nextInt(400)), rnd, null);
        }
        if (age >= 12 && rnd.nextInt(100) < 10) {
            involvement(json, "substance-misuse", service + " Young People's Substance Misuse Service", asOf.minusDays(10 + rnd.nextInt(300)), rnd, consent(family, child, age, rnd));
        }
        json.endArray().endLine();
        return id;
    }

    private static LocalDate notAfter(LocalDate date, LocalDate latest) {
        return date.isAfter(latest) ? latest : date;
    }

    private static FeedJson header(StringBuilder out, SourceSystem source, String id, SplittableRandom rnd) {
        FeedJson json = new FeedJson(out).begin();
        return json.field("sourceSystem", source.code()).field("sourceRecordId", id)
                .field("recordVersion", rnd.nextInt(100) < 5 ? 2 + rnd.nextInt(2) : 1);
    }

    private void names(FeedJson json, String given, String family, String knownAs) {
        json.field("givenNames", given).field("familyName", family);
        if (knownAs != null) {
            json.array("knownAs").element().value(knownAs).endArray();
        }
    }

    private static String maybeTypo(String name, int percent, SplittableRandom rnd) {
        return rnd.nextInt(100) < percent ? Noise.typo(name, rnd) : name;
    }

    private static LocalDate dob(TrueChild child, SplittableRandom rnd, int swapPercent, int digitOffPercent) {
        int r = rnd.nextInt(1000);
        if (r < swapPercent * 10) {
            return Noise.swapDayMonth(child.dateOfBirth());
        }
        if (r < (swapPercent + digitOffPercent) * 10 - 5) {
            return Noise.digitOff(child.dateOfBirth(), rnd);
        }
        return child.dateOfBirth();
    }

    private static void address(FeedJson json, Household.Address address, boolean dropPostcode) {
        json.object("address").field("line1", address.line1()).field("line2", null).field("town", address.town())
                .field("postcode", dropPostcode ? null : address.postcode()).end();
    }

    private static void parents(FeedJson json, Household family, SplittableRandom rnd, int max) {
        json.array("parentsCarers");
        int n = Math.min(max, family.parents().size());
        for (int i = 0; i < n; i++) {
            Household.Parent p = family.parents().get(i);
            json.element().begin().field("name", p.name()).field("relationship", p.relationship())
                    .field("parentalResponsibility", p.parentalResponsibility())
                    .field("phone", rnd.nextInt(100) < 85 ? p.phone() : null).field("address", null).end();
        }
        json.endArray();
    }

    private void involvement(FeedJson json, String type, String serviceName, LocalDate from, SplittableRandom rnd,
                             ConsentGiven consent) {
        String practitioner = Families.pick(ref.femaleNames, rnd).charAt(0) + ". " + Families.pick(ref.familyNames, rnd);
        json.element().begin().field("serviceType", type).field("serviceName", serviceName)
                .field("practitionerName", practitioner).field("phone", Reference.phone(new java.util.Random(rnd.nextLong())))
                .field("email", null).field("from", notAfter(from, asOf).toString()).field("to", null)
                .field("leadProfessional", rnd.nextInt(100) < 20).field("assessmentCompleted", rnd.nextInt(100) < 15);
        if (consent == null) {
            json.field("consent", null);
        } else {
            json.object("consent").field("givenBy", consent.givenBy()).field("givenByName", consent.name())
                    .field("recordedAt", from.atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC).toString()).end();
        }
        json.end();
    }

    private record ConsentGiven(String givenBy, String name) {
    }

    /** Young people of 13 and over usually consent themselves; otherwise the first parent does. */
    private static ConsentGiven consent(Household family, TrueChild child, int age, SplittableRandom rnd) {
        if (age >= 13 && rnd.nextInt(100) < 80) {
            return new ConsentGiven("young-person", child.givenName() + " " + child.familyName());
        }
        Household.Parent parent = family.parents().get(0);
        return new ConsentGiven(parent.relationship().equals("foster carer") ? "carer" : "parent", parent.name());
    }
}
