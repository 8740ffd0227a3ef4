package org.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.contactpoint.organisation.entity.Setting;

import java.time.LocalDate;

/** A child's attendance at an educational setting, from one date to another (open while current). */
@Entity
@Table(name = "child_setting")
public class SettingAttendance {

    @Id
    @SequenceGenerator(name = "child_setting_seq", sequenceName = "child_setting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_setting_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "setting_id", nullable = false)
    private Setting setting;

    @PastOrPresent
    @Column(name = "valid_from")
    private LocalDate from;

    @PastOrPresent
    @Column(name = "valid_to")
    private LocalDate to;

    protected SettingAttendance() {
        // for JPA
    }

    SettingAttendance(Child child, Setting setting, LocalDate from) {
        this.child = child;
        this.setting = setting;
        this.from = from;
    }

    public Setting setting() {
        return setting;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public boolean isCurrent() {
        return to == null;
    }

    void end(LocalDate on) {
        this.to = on;
    }
}
