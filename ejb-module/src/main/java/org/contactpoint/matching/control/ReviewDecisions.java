package org.contactpoint.matching.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.contactpoint.matching.entity.MatchReview;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The review queue's remembered decisions, as matching needs them. */
@Dependent
public class ReviewDecisions {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    /**
     * Which pairs among these children a person decided are different children, either way round (a review's child
     * and candidate are whichever came first).
     */
    public IdentityDecision.DecidedDifferent differentAmong(List<Long> children) {
        Set<List<Long>> pairs = new HashSet<>();
        em.createQuery("SELECT r.child.id, r.candidate.id FROM MatchReview r WHERE r.status = :different "
                        + "AND r.child.id IN :ids AND r.candidate.id IN :ids", Object[].class)
                .setParameter("different", MatchReview.Status.DIFFERENT).setParameter("ids", children).getResultList()
                .forEach(row -> pairs.add(List.of((Long) row[0], (Long) row[1])));
        return (a, b) -> pairs.contains(List.of(a, b)) || pairs.contains(List.of(b, a));
    }
}
