package org.contactpoint.child.control;

import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewLevel;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.GpRegistration;
import org.contactpoint.child.entity.OtherName;
import org.contactpoint.child.entity.ParentCarer;
import org.contactpoint.child.entity.SettingAttendance;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.organisation.entity.ServiceOrganisation;
import org.contactpoint.search.api.ChildSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides what of a child's record a viewer gets (ARCHITECTURE.md §3): SHIELDED (name, date of
 * birth, gender, ID — nothing that could locate the child or a parent) unless the viewer decides shielding for the
 * child's authority; sensitive services masked as an unspecified service unless the viewer may see that service or
 * their organisation provides it; national partners never get sensitive services. Archived records are not
 * projected for practitioners at all (the facade refuses them first). Screens and endpoints render the result.
 */
public final class RecordProjector {

    public static final String UNSPECIFIED_SERVICE = "Unspecified service — contact via the ContactPoint team";

    private RecordProjector() {
    }

    public static RecordView project(Child child, List<Involvement> involvements, Viewer viewer) {
        if (child.isShielded() && !viewer.decidesShielding()) {
            return new RecordView(ViewLevel.SHIELDED, child.cpId().value(), child.givenNames(), child.familyName(),
                    child.dateOfBirth(), child.gender().code(), true, List.of(), null, List.of(), null, null, List.of(),
                    viewer.team());
        }
        List<RecordView.ServiceView> services = new ArrayList<>();
        boolean masked = false;
        for (Involvement i : involvements) {
            if (!i.isVisible() || (i.isSensitive() && viewer.nationalPartner())) {
                continue;
            }
            boolean detail = !i.isSensitive() || viewer.sensitiveServicesVisible().contains(i.serviceType())
                    || i.isOwnedBy(viewer.organisationCode());
            masked |= !detail;
            services.add(detail ? service(i, viewer) : maskedService());
        }
        return new RecordView(masked ? ViewLevel.SENSITIVE_MASKED : ViewLevel.FULL, child.cpId().value(),
                child.givenNames(), child.familyName(), child.dateOfBirth(), child.gender().code(), child.isShielded(),
                child.otherNames().stream().map(RecordProjector::name).distinct().toList(),
                child.currentAddress().map(a -> address(a.address())).orElse(null),
                onePerName(child.parentsCarers()).stream().map(RecordProjector::parentCarer).toList(),
                child.currentSetting().map(RecordProjector::setting).orElse(null),
                child.currentGpRegistration().map(RecordProjector::gp).orElse(null),
                services, viewer.team());
    }

    /** What a search result is made from (read as a projection: a search shows up to 100 of them). */
    public record SummaryFacts(String contactPointId, String givenNames, String familyName, LocalDate dateOfBirth,
                               Gender gender, boolean shielded, ChildStatus status, String town) {
    }

    /** A search result: a shielded child shows only name, date of birth, gender and ID. */
    public static ChildSummary summary(SummaryFacts child, int score) {
        if (child.status() != ChildStatus.ACTIVE) {
            throw new IllegalArgumentException("only live records are summarised");
        }
        if (child.shielded()) {
            return new ChildSummary(child.contactPointId(), child.givenNames(), child.familyName(), child.dateOfBirth(),
                    child.gender().code(), null, List.of(ChildSummary.SHIELDED), score);
        }
        return new ChildSummary(child.contactPointId(), child.givenNames(), child.familyName(), child.dateOfBirth(),
                child.gender().code(), child.town(), List.of(), score);
    }

    /** An ended involvement is history: shown, no longer editable. */
    private static RecordView.ServiceView service(Involvement i, Viewer viewer) {
        ContactDetails c = Optional.ofNullable(i.contact()).orElse(new ContactDetails(null, null));
        return new RecordView.ServiceView(i.id(), i.serviceType().code(), i.serviceType().label(), i.serviceName(),
                i.practitionerName(), c.phone(), c.email(), i.from(), i.to().orElse(null), i.isLeadProfessional(),
                i.isAssessmentCompleted(), false, i.isSensitive(), i.isOwnedBy(viewer.organisationCode()) && i.to().isEmpty(),
                i.version());
    }

    private static RecordView.ServiceView maskedService() {
        return new RecordView.ServiceView(null, null, UNSPECIFIED_SERVICE, UNSPECIFIED_SERVICE, null, null, null, null, null,
                false, false, true, true, false, 0);
    }

    /**
     * Each parent or carer once, as first recorded: a merge joins two records' rows (kept apart for an unmerge), and
     * both sources may name the same mother.
     */
    private static List<ParentCarer> onePerName(List<ParentCarer> parents) {
        Set<String> named = new HashSet<>();
        return parents.stream().filter(p -> named.add(p.name().strip().toLowerCase(Locale.ROOT))).toList();
    }

    private static String name(OtherName n) {
        return String.join(" ", Optional.ofNullable(n.givenNames()).orElse(""), Optional.ofNullable(n.familyName()).orElse("")).strip()
                + " (" + n.type().name().toLowerCase().replace('_', '-') + ")";
    }

    private static RecordView.AddressView address(Address a) {
        return a == null ? null : new RecordView.AddressView(a.line1(), a.line2(), a.town(), a.postcode());
    }

    private static RecordView.ParentCarerView parentCarer(ParentCarer p) {
        ContactDetails c = Optional.ofNullable(p.contact()).orElse(new ContactDetails(null, null));
        return new RecordView.ParentCarerView(p.name(), p.relationship(), p.hasParentalResponsibility(), c.phone(), c.email(),
                address(p.address()));
    }

    private static RecordView.OrganisationView setting(SettingAttendance s) {
        return organisation(s.setting().urn(), s.setting(), s.from());
    }

    private static RecordView.OrganisationView gp(GpRegistration r) {
        return organisation(r.practice().code(), r.practice(), r.from());
    }

    private static RecordView.OrganisationView organisation(String code, ServiceOrganisation o, LocalDate from) {
        ContactDetails c = Optional.ofNullable(o.contact()).orElse(new ContactDetails(null, null));
        return new RecordView.OrganisationView(code, o.name(), address(o.address()), c.phone(), c.email(), from);
    }
}
