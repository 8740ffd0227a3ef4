package org.contactpoint.feed.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.consent.entity.ConsentGiver;
import org.contactpoint.feed.api.FeedProblem;
import org.contactpoint.feed.api.FeedRecord;
import org.contactpoint.feed.api.InvalidFeedRecordException;
import org.contactpoint.involvement.entity.ServiceType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses and checks one line of a feed (FEED-FORMAT.md v1). A line with any problem is rejected whole, except a
 * sensitive-service involvement without consent, which alone is dropped and reported (the rest of the record stands).
 */
public class FeedLineParser {

    /** A usable record and the parts of it that were dropped. */
    public record ParsedLine(FeedRecord record, List<FeedProblem> dropped) {
    }

    static final int MAX_LINE_CHARS = 64 * 1024;

    private static final Set<String> TOP = Set.of("sourceSystem", "sourceRecordId", "recordVersion", "identifiers",
            "givenNames", "familyName", "knownAs", "dateOfBirth", "gender", "address", "parentsCarers", "setting",
            "gpPractice", "involvements");
    private static final Set<String> ADDRESS = Set.of("line1", "line2", "town", "postcode");
    private static final Set<String> PARENT = Set.of("name", "relationship", "parentalResponsibility", "phone", "address");
    private static final Set<String> SETTING = Set.of("urn", "name", "from");
    private static final Set<String> GP = Set.of("code", "name", "from");
    private static final Set<String> INVOLVEMENT = Set.of("serviceType", "serviceName", "practitionerName", "phone",
            "email", "from", "to", "leadProfessional", "assessmentCompleted", "consent");
    private static final Set<String> CONSENT = Set.of("givenBy", "givenByName", "recordedAt");
    private static final String SERVICE_TYPES = Arrays.stream(ServiceType.values()).map(ServiceType::code)
            .collect(Collectors.joining(", "));

    /** Made once: {@code Json.createReader} looks the JSON provider up on every call (12 % of a feed load's CPU). */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

    private final Validator validator;

    /**
     * The validator for feed records. They are plain records, not entities, so the JPA-aware check of what is loaded
     * (each property asked of EclipseLink, a third of their validation's CPU in a load) has nothing to find.
     */
    public static Validator validator(jakarta.validation.ValidatorFactory factory) {
        return factory.usingContext().traversableResolver(EVERYTHING_REACHABLE).getValidator();
    }

    private static final jakarta.validation.TraversableResolver EVERYTHING_REACHABLE = new jakarta.validation.TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, jakarta.validation.Path.Node property, Class<?> root,
                                   jakarta.validation.Path path, java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, jakarta.validation.Path.Node property, Class<?> root,
                                    jakarta.validation.Path path, java.lang.annotation.ElementType type) {
            return true;
        }
    };

    /** @param validator see {@link #validator(jakarta.validation.ValidatorFactory)} */
    public FeedLineParser(Validator validator) {
        this.validator = validator;
    }

    public ParsedLine parse(String text, long line) throws InvalidFeedRecordException {
        if (text.length() > MAX_LINE_CHARS) {
            throw new InvalidFeedRecordException(List.of(new FeedProblem(line, "(line)", "is longer than " + MAX_LINE_CHARS + " characters")));
        }
        JsonObject json;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            json = reader.readObject();
        } catch (JsonParsingException e) {
            throw new InvalidFeedRecordException(List.of(new FeedProblem(line, "(line)", "is not valid JSON at column "
                    + e.getLocation().getColumnNumber())));
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidFeedRecordException(List.of(new FeedProblem(line, "(line)", "must be one JSON object")));
        }
        List<FeedProblem> problems = new ArrayList<>();
        JsonFields f = new JsonFields(json, "", line, problems, TOP);
        FeedRecord record = new FeedRecord(
                f.string("sourceSystem", true), f.string("sourceRecordId", true), f.integer("recordVersion"),
                identifiers(f, line, problems), f.string("givenNames", true), f.string("familyName", true),
                f.array("knownAs", JsonFields.Element::asString), f.date("dateOfBirth", true),
                f.code("gender", true, FeedLineParser::gender, "female, male, other, unknown"),
                address(f.object("address", ADDRESS)),
                f.array("parentsCarers", e -> parent(e.asObject(PARENT))),
                setting(f.object("setting", SETTING)), gp(f.object("gpPractice", GP)),
                f.array("involvements", e -> involvement(e.asObject(INVOLVEMENT))));
        if (record.recordVersion() < 1 && problems.stream().noneMatch(p -> p.field().equals("recordVersion"))) {
            problems.add(new FeedProblem(line, "recordVersion", "must be 1 or more"));
        }
        if (problems.isEmpty()) {
            for (ConstraintViolation<FeedRecord> v : validator.validate(record)) {
                problems.add(new FeedProblem(line, fieldName(v), v.getMessage()));
            }
            endsBeforeItStarts(record, line, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FeedProblem::field));
            throw new InvalidFeedRecordException(problems);
        }
        return withoutUnconsentedSensitiveServices(record, line);
    }

    private static Gender gender(String code) {
        try {
            return Gender.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<IdentifierScheme, String> identifiers(JsonFields f, long line, List<FeedProblem> problems) {
        Map<IdentifierScheme, String> ids = new EnumMap<>(IdentifierScheme.class);
        JsonObject raw = f.rawObject("identifiers");
        if (raw == null) {
            return ids;
        }
        for (Map.Entry<String, JsonValue> e : raw.entrySet()) {
            String field = "identifiers." + e.getKey();
            IdentifierScheme scheme;
            try {
                scheme = IdentifierScheme.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                problems.add(new FeedProblem(line, field, "is not a known identifier (NHS, UPN, CHILD_BENEFIT, LA_REFERENCE)"));
                continue;
            }
            if (!(e.getValue() instanceof JsonString s)) {
                problems.add(new FeedProblem(line, field, "must be a string"));
            } else if (!scheme.accepts(s.getString().replace(" ", ""))) {
                problems.add(new FeedProblem(line, field, scheme == IdentifierScheme.NHS
                        ? "is not a valid NHS number (10 digits with a correct check digit)" : "is not a well-formed " + scheme + " identifier"));
            } else {
                ids.put(scheme, s.getString().replace(" ", ""));
            }
        }
        return ids;
    }

    private static FeedRecord.Address address(JsonFields f) {
        return f == null ? null : new FeedRecord.Address(f.string("line1", false), f.string("line2", false),
                f.string("town", false), postcode(f.string("postcode", false)));
    }

    private static String postcode(String raw) {
        return org.contactpoint.contactdetails.entity.Postcodes.normalise(raw);
    }

    private static FeedRecord.ParentCarer parent(JsonFields f) {
        return f == null ? null : new FeedRecord.ParentCarer(f.string("name", true), f.string("relationship", true),
                f.bool("parentalResponsibility"), f.string("phone", false), address(f.object("address", ADDRESS)));
    }

    private static FeedRecord.Setting setting(JsonFields f) {
        return f == null ? null : new FeedRecord.Setting(f.string("urn", true), f.string("name", true), f.date("from", false));
    }

    private static FeedRecord.GpPractice gp(JsonFields f) {
        return f == null ? null : new FeedRecord.GpPractice(f.string("code", true), f.string("name", true), f.date("from", false));
    }

    private static FeedRecord.Involvement involvement(JsonFields f) {
        if (f == null) {
            return null;
        }
        JsonFields c = f.object("consent", CONSENT);
        FeedRecord.Consent consent = c == null ? null : new FeedRecord.Consent(
                c.code("givenBy", true, code -> ConsentGiver.fromCode(code).orElse(null), "young-person, parent, carer"),
                c.string("givenByName", true), c.instant("recordedAt", true));
        return new FeedRecord.Involvement(
                f.code("serviceType", true, code -> ServiceType.fromCode(code).orElse(null), SERVICE_TYPES),
                f.string("serviceName", true), f.string("practitionerName", false), f.string("phone", false),
                f.string("email", false), f.date("from", true), f.date("to", false), f.bool("leadProfessional"),
                f.bool("assessmentCompleted"), consent);
    }

    /** Bean Validation paths in the feed's own names: "involvements[0].<list element>.phone" → "involvements[0].phone". */
    private static String fieldName(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "")
                .replace(".<map value>", "").replace("<map value>", "");
    }

    /** The rule an involvement keeps itself ({@code Involvement}): the feed writes new children's rows unvalidated. */
    private static void endsBeforeItStarts(FeedRecord record, long line, List<FeedProblem> problems) {
        for (int i = 0; i < record.involvements().size(); i++) {
            FeedRecord.Involvement inv = record.involvements().get(i);
            if (inv.to() != null && inv.to().isBefore(inv.from())) {
                problems.add(new FeedProblem(line, "involvements[" + i + "].to", "must not be before from"));
            }
        }
    }

    private static ParsedLine withoutUnconsentedSensitiveServices(FeedRecord record, long line) {
        List<FeedProblem> dropped = new ArrayList<>();
        List<FeedRecord.Involvement> kept = new ArrayList<>();
        for (int i = 0; i < record.involvements().size(); i++) {
            FeedRecord.Involvement inv = record.involvements().get(i);
            if (inv.serviceType().isSensitive() && inv.consent() == null) {
                dropped.add(new FeedProblem(line, "involvements[" + i + "].consent",
                        "is required for a sensitive service (" + inv.serviceType().code() + "); the involvement was not recorded"));
            } else {
                kept.add(inv);
            }
        }
        if (dropped.isEmpty()) {
            return new ParsedLine(record, List.of());
        }
        return new ParsedLine(new FeedRecord(record.sourceSystem(), record.sourceRecordId(), record.recordVersion(),
                record.identifiers(), record.givenNames(), record.familyName(), record.knownAs(), record.dateOfBirth(),
                record.gender(), record.address(), record.parentsCarers(), record.setting(), record.gpPractice(), kept), dropped);
    }
}
