package org.contactpoint.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a user must have passed to use ContactPoint: ContactPoint training, information-sharing training, an
 * identity check, and an enhanced criminal-record check renewed every few years (3 by regulation practice).
 */
@Embeddable
public class Vetting {

    public static final String CONTACTPOINT_TRAINING = "ContactPoint training";
    public static final String INFORMATION_SHARING = "information-sharing training";
    public static final String IDENTITY_CHECK = "identity check";
    public static final String ENHANCED_CHECK = "enhanced criminal-record check";
    public static final List<String> PREREQUISITES = List.of(CONTACTPOINT_TRAINING, INFORMATION_SHARING, IDENTITY_CHECK, ENHANCED_CHECK);

    @PastOrPresent
    @Column(name = "cp_training_on")
    private LocalDate contactPointTrainingOn;

    @PastOrPresent
    @Column(name = "info_sharing_training_on")
    private LocalDate informationSharingTrainingOn;

    @PastOrPresent
    @Column(name = "identity_checked_on")
    private LocalDate identityCheckedOn;

    @PastOrPresent
    @Column(name = "enhanced_check_on")
    private LocalDate enhancedCheckOn;

    void recordTraining(LocalDate contactPointTraining, LocalDate informationSharingTraining) {
        this.contactPointTrainingOn = contactPointTraining;
        this.informationSharingTrainingOn = informationSharingTraining;
    }

    void recordChecks(LocalDate identityChecked, LocalDate enhancedCheck) {
        this.identityCheckedOn = identityChecked;
        this.enhancedCheckOn = enhancedCheck;
    }

    /** What has lapsed on {@code today}, in words; empty when the user may sign in. Dates in the future do not count. */
    public List<String> lapsed(LocalDate today, int enhancedCheckYears) {
        List<String> lapsed = new ArrayList<>();
        if (!done(contactPointTrainingOn, today)) {
            lapsed.add(CONTACTPOINT_TRAINING);
        }
        if (!done(informationSharingTrainingOn, today)) {
            lapsed.add(INFORMATION_SHARING);
        }
        if (!done(identityCheckedOn, today)) {
            lapsed.add(IDENTITY_CHECK);
        }
        if (!done(enhancedCheckOn, today) || !enhancedCheckOn.plusYears(enhancedCheckYears).isAfter(today)) {
            lapsed.add(ENHANCED_CHECK);
        }
        return lapsed;
    }

    private static boolean done(LocalDate on, LocalDate today) {
        return on != null && !on.isAfter(today);
    }

    public Optional<LocalDate> contactPointTrainingOn() {
        return Optional.ofNullable(contactPointTrainingOn);
    }

    public Optional<LocalDate> informationSharingTrainingOn() {
        return Optional.ofNullable(informationSharingTrainingOn);
    }

    public Optional<LocalDate> identityCheckedOn() {
        return Optional.ofNullable(identityCheckedOn);
    }

    public Optional<LocalDate> enhancedCheckOn() {
        return Optional.ofNullable(enhancedCheckOn);
    }
}
