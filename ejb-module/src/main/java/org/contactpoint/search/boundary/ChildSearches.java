package org.contactpoint.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.child.control.RecordProjector;
import org.contactpoint.child.entity.Child;
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
        Map<Long, Child> children = new HashMap<>();
        em.createQuery("SELECT c FROM Child c LEFT JOIN FETCH c.responsibleAuthority WHERE c.id IN :ids", Child.class).setParameter("ids", ids).getResultList()
                .forEach(c -> children.put(c.id(), c));
        Map<Long, String> towns = new HashMap<>();
        em.createQuery("SELECT a.child.id, a.address.town FROM ChildAddress a WHERE a.child.id IN :ids AND a.to IS NULL",
                Object[].class).setParameter("ids", ids).getResultList().forEach(r -> towns.put((Long) r[0], (String) r[1]));
        return scored.stream().filter(s -> children.containsKey(s.childId()))
                .map(s -> RecordProjector.summary(children.get(s.childId()), towns.get(s.childId()), s.score())).toList();
    }
}
