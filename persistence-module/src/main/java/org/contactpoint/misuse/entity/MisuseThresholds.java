package org.contactpoint.misuse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;

/** An authority's thresholds for the misuse rules; {@link #defaults} for an authority that has set none. */
@Entity
@Table(name = "misuse_threshold")
public class MisuseThresholds {

    @Id
    @Column(name = "la_code", length = 9)
    private String authority;

    @Min(1) @Max(10_000)
    @Column(name = "views_per_hour", nullable = false)
    private int viewsPerHour;

    @Min(1) @Max(10_000)
    @Column(name = "searches_per_hour", nullable = false)
    private int searchesPerHour;

    @Min(0) @Max(100)
    @Column(name = "views_per_search_pct", nullable = false)
    private int viewsPerSearchPercent;

    @Min(0) @Max(23)
    @Column(name = "work_start_hour", nullable = false)
    private int workStartHour;

    @Min(1) @Max(24)
    @Column(name = "work_end_hour", nullable = false)
    private int workEndHour;

    @Min(1) @Max(730)
    @Column(name = "new_address_days", nullable = false)
    private int newAddressDays;

    @Column(name = "updated_by", length = 64, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MisuseThresholds() {
        // for JPA
    }

    public MisuseThresholds(String authority, int viewsPerHour, int searchesPerHour, int viewsPerSearchPercent,
                            int workStartHour, int workEndHour, int newAddressDays, String updatedBy, Instant updatedAt) {
        this.authority = authority;
        change(viewsPerHour, searchesPerHour, viewsPerSearchPercent, workStartHour, workEndHour, newAddressDays, updatedBy, updatedAt);
    }

    /** 50 views an hour; 40 searches an hour with fewer than 10 % opened; 07:00–19:00 on weekdays; 90 days. */
    public static MisuseThresholds defaults(String authority) {
        return new MisuseThresholds(authority, 50, 40, 10, 7, 19, 90, "default", Instant.EPOCH);
    }

    public void change(int views, int searches, int viewsPerSearchPct, int startHour, int endHour, int addressDays,
                       String by, Instant at) {
        this.viewsPerHour = views;
        this.searchesPerHour = searches;
        this.viewsPerSearchPercent = viewsPerSearchPct;
        this.workStartHour = startHour;
        this.workEndHour = endHour;
        this.newAddressDays = addressDays;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String authority() { return authority; }
    public int viewsPerHour() { return viewsPerHour; }
    public int searchesPerHour() { return searchesPerHour; }
    public int viewsPerSearchPercent() { return viewsPerSearchPercent; }
    public int workStartHour() { return workStartHour; }
    public int workEndHour() { return workEndHour; }
    public int newAddressDays() { return newAddressDays; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
