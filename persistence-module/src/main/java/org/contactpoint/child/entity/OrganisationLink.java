package org.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's link to a school or GP practice, as a source said it. No source says when a child left: a link ends when
 * a later one begins. So a child's links are dated by their start alone ({@link #redate}), whatever order they came in:
 * when a merge joins two records' schools, the later school is the current one, and when an unmerge parts them again
 * each record's own latest is current again.
 */
@MappedSuperclass
public abstract class OrganisationLink extends DatedLink {

    /** Latest start last; an unknown start counts as earliest, and equal starts keep the order they were added in. */
    private static final Comparator<OrganisationLink> BY_START = Comparator.comparing(OrganisationLink::from,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The feed's source record that said it (its row id), which an unmerge follows; null when not from a feed. */
    @Column(name = "from_source_record")
    private Long fromSourceRecord;

    protected OrganisationLink() {
        // for JPA
    }

    protected OrganisationLink(Child child, LocalDate from, Long fromSourceRecord) {
        super(child, from);
        this.fromSourceRecord = fromSourceRecord;
    }

    /** The school's or GP practice's row id. */
    abstract Long organisationId();

    /**
     * Adds the link unless the child is there now or was already said to start there that day, and dates the links
     * again ({@link #redate}).
     */
    static <T extends OrganisationLink> void join(List<T> links, T link) {
        boolean known = current(links).filter(c -> c.organisationId().equals(link.organisationId())).isPresent()
                || links.stream().anyMatch(l -> l.organisationId().equals(link.organisationId())
                && Objects.equals(l.from(), link.from()));
        if (!known) {
            links.add(link);
            redate(links);
        }
    }

    /** Each link ends when the next one (by start) begins; the latest is open. */
    static void redate(List<? extends OrganisationLink> links) {
        List<? extends OrganisationLink> byStart = links.stream().sorted(BY_START).toList();
        for (int i = 0; i < byStart.size(); i++) {
            OrganisationLink link = byStart.get(i);
            LocalDate to = i + 1 < byStart.size() ? byStart.get(i + 1).from() : null;
            if (!Objects.equals(link.to(), to)) {
                link.end(to);
            }
        }
    }

    /** The open link that began last (one, once dated by {@link #redate}). */
    static <T extends OrganisationLink> Optional<T> current(List<T> links) {
        return links.stream().filter(DatedLink::isCurrent).sorted(BY_START).reduce((first, second) -> second);
    }
}
