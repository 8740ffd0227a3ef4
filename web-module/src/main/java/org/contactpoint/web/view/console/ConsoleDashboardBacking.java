package org.contactpoint.web.view.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.contactpoint.audit.api.AuditTrail;
import org.contactpoint.dashboard.api.ActivityChart;
import org.contactpoint.dashboard.api.AuthorityFigures;
import org.contactpoint.dashboard.api.Dashboard;
import org.contactpoint.web.view.PageMessages;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * console/dashboard.xhtml: each readable authority's figures, and one authority's daily activity as a Chart.js
 * line chart (PrimeFaces {@code p:chart} takes the chart's configuration as JSON).
 */
@Named
@ViewScoped
public class ConsoleDashboardBacking implements Serializable {

    @EJB
    transient Dashboard dashboard;

    @EJB
    transient AuditTrail trail;

    private List<AuthorityFigures> figures = List.of();
    private List<String> authorities = List.of();
    private String authority;
    private int days = 30;
    private String chart;

    @PostConstruct
    void load() {
        figures = PageMessages.attempt(() -> dashboard.figures(), List.of());
        List<String> readable = new ArrayList<>(PageMessages.attempt(() -> trail.readableAuthorities(), List.<String>of()));
        if (readable.size() > 1) {
            readable.add(AuditTrail.NATIONAL); // national users' activity, for those who read every authority
        }
        authorities = readable;
        authority = authorities.isEmpty() ? null : authorities.get(0);
        refresh();
    }

    public void refresh() {
        ActivityChart activity = authority == null ? null : PageMessages.attempt(() -> dashboard.activity(authority, days), null);
        chart = activity == null ? null : chartJson(activity);
    }

    static String chartJson(ActivityChart a) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        a.days().forEach(d -> labels.add(d.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Record views", a.views(), "#1d70b8"))
                .add(dataset("Searches", a.searches(), "#00703c"))
                .add(dataset("Denied attempts", a.denied(), "#d4351c"))
                .add(dataset("Failed sign-ins", a.loginsFailed(), "#f47738"));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, List<Long> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour).add("fill", false);
    }

    public List<AuthorityFigures> getFigures() { return figures; }

    /** "14:20 on 26 November 2026": when the children in the table were counted (the same count for every row). */
    public String getChildrenCountedAt() {
        return figures.isEmpty() ? null
                : figures.get(0).childrenCountedAt().format(DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK));
    }
    public List<String> getAuthorities() { return authorities; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public String getChart() { return chart; }
}
