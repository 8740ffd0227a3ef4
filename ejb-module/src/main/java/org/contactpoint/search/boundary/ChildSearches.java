package org.contactpoint.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.child.control.RecordProjector;
import org.contactpoint.child.entity.ChildStatus;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.search.api.ChildSearch;
import org.contactpoint.search.api.ChildSummary;
import org.contactpoint.search.api.SearchCriteria;
import org.contactpoint.search.api.SearchResults;
import org.contactpoint.search.control.ChildFinder;
import org.contactpoint.search.control.MinimumCriteria;
import org.contactpoint.search.control.SearchQuery;
import org.contactpoint.security.api.Permissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link ChildSearch}: checks the criteria, finds and ranks live children, returns summaries (shield-aware). */
@Stateless
public class ChildSearches implements ChildSearch {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    ChildFinder finder;

    @Override
    @Authorized(Permissions.CHILD_SEARCH)
    @Audited("child.search")
    public SearchResults find(SearchCriteria criteria) {
        if (criteria == null) {
            throw new org.contactpoint.access.api.RequestProblem(null, "Give search criteria.");
        }
        SearchQuery query = SearchQuery.of(criteria, LocalDate.now(Clock.systemDefaultZone()));
        MinimumCriteria.check(query);
        List<ChildFinder.Scored> found = finder.find(query);
        boolean truncated = found.size() > SearchResults.MAX_RESULTS;
        List<ChildFinder.Scored> shown = truncated ? found.subList(0, SearchResults.MAX_RESULTS) : found;
        return new SearchResults(summaries(shown), truncated);
    }

    private List<ChildSummary> summaries(List<ChildFinder.Scored> scored) {
        if (scored.isEmpty()) {
            return List.of();
        }
        List<Long> ids = scored.stream().map(ChildFinder.Scored::childId).toList();
        Map<Long, String> towns = new HashMap<>();
        em.createQuery("SELECT a.child.id, a.address.town FROM ChildAddress a WHERE a.child.id IN :ids AND a.to IS NULL",
                Object[].class).setParameter("ids", ids).getResultList().forEach(r -> towns.put((Long) r[0], (String) r[1]));
        Map<Long, RecordProjector.SummaryFacts> children = new HashMap<>();
        em.createQuery("SELECT c.id, c.cpId.value, c.givenNames, c.familyName, c.dateOfBirth, c.gender, c.shielded, c.status "
                        + "FROM Child c WHERE c.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> children.put((Long) r[0], new RecordProjector.SummaryFacts((String) r[1], (String) r[2],
                        (String) r[3], (LocalDate) r[4], (Gender) r[5], (Boolean) r[6], (ChildStatus) r[7], towns.get((Long) r[0]))));
        // a record archived or merged since the finder looked is left out, not failed on
        return scored.stream().filter(s -> children.containsKey(s.childId())
                        && children.get(s.childId()).status() == ChildStatus.ACTIVE)
                .map(s -> RecordProjector.summary(children.get(s.childId()), s.score())).toList();
    }
}
