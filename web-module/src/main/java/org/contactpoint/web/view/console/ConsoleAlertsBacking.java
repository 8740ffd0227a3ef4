package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.contactpoint.audit.api.AuditTrail;
import org.contactpoint.misuse.api.AlertView;
import org.contactpoint.misuse.api.MisuseAlerts;
import org.contactpoint.misuse.api.Thresholds;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * console/alerts.xhtml: an authority's misuse alerts (acknowledge or escalate each with a note) and its thresholds.
 */
@Named
@ViewScoped
public class ConsoleAlertsBacking implements Serializable {

    @EJB
    transient MisuseAlerts alerts;

    @EJB
    transient AuditTrail trail;

    private List<String> authorities = List.of();
    private String authority;
    private List<AlertView> open = List.of();
    private List<AlertView> handled = List.of();
    private Long selected;
    private String note;
    private int viewsPerHour;
    private int searchesPerHour;
    private int viewsPerSearchPercent;
    private int workStartHour;
    private int workEndHour;
    private int newAddressDays;

    @PostConstruct
    void load() {
        List<String> readable = new ArrayList<>(PageMessages.attempt(() -> trail.readableAuthorities(), List.<String>of()));
        if (readable.size() > 1) {
            readable.add(AuditTrail.NATIONAL);
        }
        authorities = readable;
        authority = authorities.isEmpty() ? null : authorities.get(0);
        refresh();
    }

    public void refresh() {
        selected = null;
        note = null;
        if (authority == null) {
            return;
        }
        open = PageMessages.attempt(() -> alerts.open(authority), List.of());
        handled = PageMessages.attempt(() -> alerts.recentlyHandled(authority), List.of());
        if (!AuditTrail.NATIONAL.equals(authority)) {
            Thresholds t = PageMessages.attempt(() -> alerts.thresholds(authority), null);
            if (t != null) {
                viewsPerHour = t.viewsPerHour();
                searchesPerHour = t.searchesPerHour();
                viewsPerSearchPercent = t.viewsPerSearchPercent();
                workStartHour = t.workStartHour();
                workEndHour = t.workEndHour();
                newAddressDays = t.newAddressDays();
            }
        }
    }

    public void select(long alertId) {
        selected = alertId;
        note = null;
    }

    public void acknowledge() {
        handle(false);
    }

    public void escalate() {
        handle(true);
    }

    private void handle(boolean escalate) {
        if (selected == null) {
            return;
        }
        long id = selected;
        Object done = PageMessages.attempt(() -> {
            if (escalate) {
                alerts.escalate(authority, id, note);
            } else {
                alerts.acknowledge(authority, id, note);
            }
            return Boolean.TRUE;
        }, null);
        if (done != null) {
            refresh();
        }
    }

    public void saveThresholds() {
        Object done = PageMessages.attempt(() -> {
            alerts.changeThresholds(authority, new Thresholds(viewsPerHour, searchesPerHour, viewsPerSearchPercent,
                    workStartHour, workEndHour, newAddressDays));
            return Boolean.TRUE;
        }, null);
        if (done != null) {
            refresh();
        }
    }

    public boolean isNational() { return AuditTrail.NATIONAL.equals(authority); }
    public List<String> getAuthorities() { return authorities; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public List<AlertView> getOpen() { return open; }
    public List<AlertView> getHandled() { return handled; }
    public Long getSelected() { return selected; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public int getViewsPerHour() { return viewsPerHour; }
    public void setViewsPerHour(int v) { this.viewsPerHour = v; }
    public int getSearchesPerHour() { return searchesPerHour; }
    public void setSearchesPerHour(int v) { this.searchesPerHour = v; }
    public int getViewsPerSearchPercent() { return viewsPerSearchPercent; }
    public void setViewsPerSearchPercent(int v) { this.viewsPerSearchPercent = v; }
    public int getWorkStartHour() { return workStartHour; }
    public void setWorkStartHour(int v) { this.workStartHour = v; }
    public int getWorkEndHour() { return workEndHour; }
    public void setWorkEndHour(int v) { this.workEndHour = v; }
    public int getNewAddressDays() { return newAddressDays; }
    public void setNewAddressDays(int v) { this.newAddressDays = v; }
}
