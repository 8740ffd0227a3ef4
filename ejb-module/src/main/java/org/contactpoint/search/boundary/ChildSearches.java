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
import java.util.ArrayList;
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

    /** Read a few more than needed, so an archived record among the best costs no second read. */
    static final int SLICE_MARGIN = 10;

    @Override
    @Authorized(Permissions.CHILD_SEARCH)
    @Audited("child.search")
    public SearchResults find(SearchCriteria criteria) {
        if (criteria == null) {
            throw new org.contactpoint.access.api.RequestProblem(null, "Give search criteria.");
        }
        SearchQuery query = SearchQuery.of(criteria, LocalDate.now(Clock.systemDefaultZone()));
        MinimumCriteria.check(query);
        List<ChildFinder.Scored> ranked = finder.find(query);
        List<ChildSummary> live = new ArrayList<>(SearchResults.MAX_RESULTS + 1);
        // the best ones' summaries, a slice at a time: archived and merged records (rare) are left out
        for (int from = 0; live.size() <= SearchResults.MAX_RESULTS && from < ranked.size(); ) {
            int to = Math.min(ranked.size(), from + SearchResults.MAX_RESULTS + 1 - live.size() + SLICE_MARGIN);
            live.addAll(summaries(ranked.subList(from, to)));
            from = to;
        }
        boolean truncated = live.size() > SearchResults.MAX_RESULTS;
        return new SearchResults(truncated ? live.subList(0, SearchResults.MAX_RESULTS) : live, truncated);
    }

    /** Summaries of the live ones among these, in their order. */
    private List<ChildSummary> summaries(List<ChildFinder.Scored> scored) {
        List<Long> ids = scored.stream().map(ChildFinder.Scored::childId).toList();
        Map<Long, String> towns = new HashMap<>();
        em.createQuery("SELECT a.child.id, a.address.town FROM ChildAddress a WHERE a.child.id IN :ids AND a.to IS NULL",
                Object[].class).setParameter("ids", ids).getResultList().forEach(r -> towns.put((Long) r[0], (String) r[1]));
        Map<Long, RecordProjector.SummaryFacts> children = new HashMap<>();
        em.createQuery("SELECT c.id, c.cpId.value, c.givenNames, c.familyName, c.dateOfBirth, c.gender, c.shielded, c.status "
                        + "FROM Child c WHERE c.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> children.put((Long) r[0], new RecordProjector.SummaryFacts((String) r[1], (String) r[2],
                        (String) r[3], (LocalDate) r[4], (Gender) r[5], (Boolean) r[6], (ChildStatus) r[7], towns.get((Long) r[0]))));
        return scored.stream().filter(s -> children.containsKey(s.childId())
                        && children.get(s.childId()).status() == ChildStatus.ACTIVE)
                .map(s -> RecordProjector.summary(children.get(s.childId()), s.score())).toList();
    }
}
