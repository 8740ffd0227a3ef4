package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.audit.api.AuditPage;
import org.contactpoint.audit.api.AuditQuery;
import org.contactpoint.audit.api.AuditTrail;
import org.contactpoint.web.view.PageMessages;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * console/audit.xhtml: who has looked at a child, or a user's or an action's events, newest first, page by page
 * (older / newer keep the cursors of the pages seen).
 */
@Named
@ViewScoped
public class ConsoleAuditBacking implements Serializable {

    @EJB
    transient AuditTrail trail;

    private List<String> authorities = List.of();
    private String authority;
    private String contactPointId;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private AuditPage page;
    private final Deque<Long> newerCursors = new ArrayDeque<>();
    private Long current;

    @PostConstruct
    void load() {
        authorities = trail.readableAuthorities();
        authority = authorities.isEmpty() ? null : authorities.get(0);
    }

    public void search() {
        newerCursors.clear();
        show(null);
    }

    public void older() {
        if (page != null && page.nextBefore() != null) {
            newerCursors.push(current == null ? Long.MAX_VALUE : current);
            show(page.nextBefore());
        }
    }

    public void newer() {
        if (!newerCursors.isEmpty()) {
            Long cursor = newerCursors.pop();
            show(cursor == Long.MAX_VALUE ? null : cursor);
        }
    }

    private void show(Long before) {
        AuditQuery query = new AuditQuery(actor, contactPointId, action, from, to);
        AuditPage found = PageMessages.attempt(() -> trail.find(authority, query, before), null);
        if (found != null) {
            page = found;
            current = before;
        }
    }

    /** The events matching the criteria as a CSV file (the download is audited by the facade). */
    public StreamedContent getReport() {
        AuditQuery query = new AuditQuery(actor, contactPointId, action, from, to);
        AuditPage found = PageMessages.attempt(() -> trail.report(authority, query), null);
        if (found == null) {
            return null;
        }
        byte[] csv = AuditCsv.of(found.events(), found.nextBefore() != null).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("audit-" + authority + "-" + LocalDate.now() + ".csv")
                .contentType("text/csv; charset=UTF-8").contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public boolean isNewerAvailable() { return !newerCursors.isEmpty(); }
    public List<String> getAuthorities() { return authorities; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getContactPointId() { return contactPointId; }
    public void setContactPointId(String contactPointId) { this.contactPointId = contactPointId; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public AuditPage getPage() { return page; }
}
