package org.contactpoint.web.view.portal;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.search.api.ChildSearch;
import org.contactpoint.search.api.ChildSummary;
import org.contactpoint.search.api.SearchCriteria;
import org.contactpoint.search.api.SearchResults;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** portal/search.xhtml: the criteria form and its ranked results (at most 100, 25 a page). */
@Named
@ViewScoped
public class PortalSearchBacking implements Serializable {

    @EJB
    transient ChildSearch search;

    private final SearchForm form = new SearchForm();
    private SearchResults results;

    public void search() {
        long started = System.nanoTime();
        results = PageMessages.attempt(() -> search.find(new SearchCriteria(form.familyName, form.givenName,
                form.dateOfBirth, form.yearOfBirth, form.ageFrom, form.ageTo, form.gender, form.postcode, form.town,
                form.contactPointId, form.nhsNumber, form.upn)), null);
        // the search's own server-side time (facade, authorisation, audit), read by `bench search`
        FacesContext.getCurrentInstance().getExternalContext().addResponseHeader("Server-Timing",
                String.format(java.util.Locale.ROOT, "search;dur=%.1f", (System.nanoTime() - started) / 1e6));
    }

    public SearchForm getForm() { return form; }
    public boolean isSearched() { return results != null; }
    public List<ChildSummary> getChildren() { return results == null ? List.of() : results.children(); }
    public boolean isTruncated() { return results != null && results.truncated(); }
    public int getPageSize() { return SearchResults.PAGE_SIZE; }

    /** The search form's fields (all optional; the EJB layer says what is missing). */
    public static class SearchForm implements Serializable {
        String familyName;
        String givenName;
        LocalDate dateOfBirth;
        Integer yearOfBirth;
        Integer ageFrom;
        Integer ageTo;
        String gender;
        String postcode;
        String town;
        String contactPointId;
        String nhsNumber;
        String upn;

        public String getFamilyName() { return familyName; }
        public void setFamilyName(String v) { familyName = v; }
        public String getGivenName() { return givenName; }
        public void setGivenName(String v) { givenName = v; }
        public LocalDate getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(LocalDate v) { dateOfBirth = v; }
        public Integer getYearOfBirth() { return yearOfBirth; }
        public void setYearOfBirth(Integer v) { yearOfBirth = v; }
        public Integer getAgeFrom() { return ageFrom; }
        public void setAgeFrom(Integer v) { ageFrom = v; }
        public Integer getAgeTo() { return ageTo; }
        public void setAgeTo(Integer v) { ageTo = v; }
        public String getGender() { return gender; }
        public void setGender(String v) { gender = v; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String v) { postcode = v; }
        public String getTown() { return town; }
        public void setTown(String v) { town = v; }
        public String getContactPointId() { return contactPointId; }
        public void setContactPointId(String v) { contactPointId = v; }
        public String getNhsNumber() { return nhsNumber; }
        public void setNhsNumber(String v) { nhsNumber = v; }
        public String getUpn() { return upn; }
        public void setUpn(String v) { upn = v; }
    }
}
