package org.contactpoint.matching.control;

import org.contactpoint.child.entity.Gender;
import org.contactpoint.contactdetails.entity.Address;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The golden record: for each part of a child's identity, the value of the most trusted source that states it, then
 * the most recent. Each source record's statement is kept as it was said, so the choice can be made again when a
 * source changes, a merge joins two children's sources or an unmerge parts them.
 */
public final class Survivorship {

    /** What one source record said about the child, and when it was received ({@code order} breaks ties). */
    public record Statement(String source, Instant at, long order, String givenNames, String familyName,
                            LocalDate dateOfBirth, Gender gender, Address address) {
    }

    /** The surviving value of each part; a part no source states is empty. */
    public record Golden(Optional<String> givenNames, Optional<String> familyName, Optional<LocalDate> dateOfBirth,
                         Optional<Gender> gender, Optional<Address> address) {
    }

    private final SourceTrust trust;

    public Survivorship(SourceTrust trust) {
        this.trust = trust;
    }

    public Golden of(List<Statement> statements) {
        return new Golden(best(statements, SourceTrust.Part.GIVEN_NAMES, Statement::givenNames),
                best(statements, SourceTrust.Part.FAMILY_NAME, Statement::familyName),
                best(statements, SourceTrust.Part.DATE_OF_BIRTH, Statement::dateOfBirth),
                best(statements, SourceTrust.Part.GENDER, Survivorship::statedGender),
                best(statements, SourceTrust.Part.ADDRESS, Statement::address));
    }

    /** "Unknown" states nothing: it must not outrank a source that knows. */
    private static Gender statedGender(Statement s) {
        return s.gender() == Gender.UNKNOWN ? null : s.gender();
    }

    private <T> Optional<T> best(List<Statement> statements, SourceTrust.Part part, Function<Statement, T> value) {
        Comparator<Statement> believed = Comparator.<Statement>comparingInt(s -> trust.rank(part, s.source()))
                .thenComparing(Statement::at, Comparator.reverseOrder())
                .thenComparing(Statement::order, Comparator.reverseOrder());
        return statements.stream().filter(s -> value.apply(s) != null).min(believed).map(value);
    }
}
