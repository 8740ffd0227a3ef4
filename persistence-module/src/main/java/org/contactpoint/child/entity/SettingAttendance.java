package org.contactpoint.child.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.contactpoint.organisation.entity.Setting;

import java.time.LocalDate;

/** A child's attendance at an educational setting, from one date to another (open while current). */
@Entity
@Table(name = "child_setting")
public class SettingAttendance extends OrganisationLink {

    @Id
    @SequenceGenerator(name = "child_setting_seq", sequenceName = "child_setting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_setting_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "setting_id", nullable = false)
    private Setting setting;

    protected SettingAttendance() {
        // for JPA
    }

    SettingAttendance(Child child, Setting setting, LocalDate from, Long fromSourceRecord) {
        super(child, from, fromSourceRecord);
        this.setting = setting;
    }

    @Override
    Long organisationId() {
        return setting.id();
    }

    public Setting setting() {
        return setting;
    }
}
