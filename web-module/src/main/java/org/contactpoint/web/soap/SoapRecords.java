package org.contactpoint.web.soap;

import org.contactpoint.child.api.RecordView;
import org.contactpoint.feed.api.BatchStatus;
import org.contactpoint.search.api.ChildSummary;
import org.contactpoint.search.api.SearchResults;
import org.contactpoint.web.soap.v1.Address;
import org.contactpoint.web.soap.v1.ChildRecord;
import org.contactpoint.web.soap.v1.FindChildrenResponse;
import org.contactpoint.web.soap.v1.Gender;
import org.contactpoint.web.soap.v1.GetBatchStatusResponse;
import org.contactpoint.web.soap.v1.Organisation;
import org.contactpoint.web.soap.v1.ParentCarer;
import org.contactpoint.web.soap.v1.Service;
import org.contactpoint.web.soap.v1.TeamContact;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.time.LocalDate;

/**
 * The facades' answers in the contract's types. Only what the projection put in the view is copied: a shielded
 * view has no address, contacts or services, so none can appear here.
 */
final class SoapRecords {

    private static final DatatypeFactory DATES;

    static {
        try {
            DATES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SoapRecords() {
    }

    static FindChildrenResponse results(SearchResults results) {
        FindChildrenResponse response = new FindChildrenResponse();
        for (ChildSummary c : results.children()) {
            org.contactpoint.web.soap.v1.ChildSummary s = new org.contactpoint.web.soap.v1.ChildSummary();
            s.setContactPointId(c.contactPointId());
            s.setGivenNames(c.givenNames());
            s.setFamilyName(c.familyName());
            s.setDateOfBirth(date(c.dateOfBirth()));
            s.setGender(Gender.fromValue(c.gender()));
            s.setTown(c.town());
            s.setShielded(c.isShielded());
            s.setScore(c.score());
            response.getChild().add(s);
        }
        response.setTruncated(results.truncated());
        return response;
    }

    static ChildRecord record(RecordView v) {
        ChildRecord r = new ChildRecord();
        r.setLevel(v.level().name());
        r.setContactPointId(v.contactPointId());
        r.setGivenNames(v.givenNames());
        r.setFamilyName(v.familyName());
        r.setDateOfBirth(date(v.dateOfBirth()));
        r.setGender(Gender.fromValue(v.gender()));
        r.setShielded(v.shielded());
        if (v.otherNames() != null) {
            r.getOtherName().addAll(v.otherNames());
        }
        r.setAddress(address(v.address()));
        if (v.parentsCarers() != null) {
            for (RecordView.ParentCarerView p : v.parentsCarers()) {
                ParentCarer pc = new ParentCarer();
                pc.setName(p.name());
                pc.setRelationship(p.relationship());
                pc.setParentalResponsibility(p.parentalResponsibility());
                pc.setPhone(p.phone());
                pc.setEmail(p.email());
                pc.setAddress(address(p.address()));
                r.getParentCarer().add(pc);
            }
        }
        r.setSetting(organisation(v.setting()));
        r.setGpPractice(organisation(v.gpPractice()));
        if (v.services() != null) {
            for (RecordView.ServiceView s : v.services()) {
                r.getService().add(service(s));
            }
        }
        if (v.team() != null) {
            TeamContact team = new TeamContact();
            team.setName(v.team().name());
            team.setPhone(v.team().phone());
            team.setEmail(v.team().email());
            r.setTeam(team);
        }
        return r;
    }

    private static Service service(RecordView.ServiceView s) {
        Service out = new Service();
        out.setInvolvementId(s.involvementId());
        out.setServiceType(s.serviceType());
        out.setLabel(s.serviceTypeLabel());
        out.setServiceName(s.serviceName());
        out.setPractitionerName(s.practitionerName());
        out.setPhone(s.phone());
        out.setEmail(s.email());
        out.setFrom(date(s.from()));
        out.setTo(date(s.to()));
        out.setLeadProfessional(s.leadProfessional());
        out.setMasked(s.masked());
        out.setEditable(s.editable());
        out.setVersion(s.version());
        return out;
    }

    private static Address address(RecordView.AddressView a) {
        if (a == null) {
            return null;
        }
        Address out = new Address();
        out.setLine1(a.line1());
        out.setLine2(a.line2());
        out.setTown(a.town());
        out.setPostcode(a.postcode());
        return out;
    }

    private static Organisation organisation(RecordView.OrganisationView o) {
        if (o == null) {
            return null;
        }
        Organisation out = new Organisation();
        out.setCode(o.code());
        out.setName(o.name());
        out.setPhone(o.phone());
        out.setFrom(date(o.from()));
        return out;
    }

    static GetBatchStatusResponse batch(BatchStatus b) {
        GetBatchStatusResponse out = new GetBatchStatusResponse();
        out.setBatchId(b.batchId());
        out.setStatus(b.status());
        out.setLinesRead(b.linesRead());
        out.setLinked(b.linked());
        out.setCreated(b.created());
        out.setReview(b.review());
        out.setIgnored(b.ignored());
        out.setRejected(b.rejected());
        out.setMatching(b.matching());
        out.setFailure(b.failure());
        for (BatchStatus.LineOutcome l : b.lines()) {
            GetBatchStatusResponse.Line line = new GetBatchStatusResponse.Line();
            line.setLine(l.line());
            line.setSourceRecordId(l.sourceRecordId());
            line.setOutcome(l.outcome());
            line.setContactPointId(l.contactPointId());
            line.setField(l.field());
            line.setReason(l.reason());
            out.getLine().add(line);
        }
        return out;
    }

    static XMLGregorianCalendar date(LocalDate date) {
        return date == null ? null : DATES.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(),
                date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    /** An xs:date as a LocalDate; the schema has already checked its form. */
    static LocalDate localDate(XMLGregorianCalendar date) {
        return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }
}
