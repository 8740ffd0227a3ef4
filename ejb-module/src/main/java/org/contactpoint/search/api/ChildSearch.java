package org.contactpoint.search.api;

import jakarta.ejb.Local;

/**
 * Finding a child (portal, REST and SOAP alike). Needs {@code child:search}; every search is audited with its
 * criteria and the IDs it returned.
 */
@Local
public interface ChildSearch {

    /** @throws org.contactpoint.access.api.RequestProblem when the criteria are invalid or not enough to identify a child */
    SearchResults find(SearchCriteria criteria);
}
