package org.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A national identifier of a child (NHS number, UPN, ...), as sent by a source system. */
@Entity
@Table(name = "child_identifier")
public class ChildIdentifier {

    @Id
    @SequenceGenerator(name = "child_identifier_seq", sequenceName = "child_identifier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_identifier_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", length = 16, nullable = false)
    private IdentifierScheme scheme;

    @NotNull
    @Size(max = 32)
    @Column(name = "identifier_value", length = 32, nullable = false)
    private String value;

    /** The feed's source record (its row id) that put this row on the child, which an unmerge follows; null otherwise. */
    @Column(name = "from_source_record")
    private Long fromSourceRecord;

    protected ChildIdentifier() {
        // for JPA
    }

    ChildIdentifier(Child child, IdentifierScheme scheme, String value, Long fromSourceRecord) {
        this.child = child;
        this.scheme = scheme;
        this.value = value;
        this.fromSourceRecord = fromSourceRecord;
    }

    @AssertTrue(message = "is not a valid identifier for its scheme (NHS numbers need a correct check digit)")
    boolean isWellFormed() {
        return scheme == null || scheme.accepts(value);
    }

    public IdentifierScheme scheme() {
        return scheme;
    }

    public String value() {
        return value;
    }
}
