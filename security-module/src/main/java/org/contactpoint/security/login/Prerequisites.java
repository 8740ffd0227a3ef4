package org.contactpoint.security.login;

import org.contactpoint.account.entity.Account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a user must have passed to use ContactPoint, checked at every sign-in: ContactPoint training,
 * information-sharing training, an identity check, and an enhanced criminal-record check within the last
 * {@code contactpoint.enhanced-check-years} years (default 3).
 */
public final class Prerequisites {

    public static final String YEARS_PROPERTY = "contactpoint.enhanced-check-years";
    static final String CONTACTPOINT_TRAINING = "ContactPoint training";
    static final String INFORMATION_SHARING = "information-sharing training";
    static final String IDENTITY_CHECK = "identity check";
    static final String ENHANCED_CHECK = "enhanced criminal-record check";
    static final List<String> NAMES = List.of(CONTACTPOINT_TRAINING, INFORMATION_SHARING, IDENTITY_CHECK, ENHANCED_CHECK);

    private Prerequisites() {
    }

    public static List<String> lapsed(Account account, LocalDate today) {
        List<String> lapsed = new ArrayList<>();
        if (account.contactPointTrainingOn().filter(d -> !d.isAfter(today)).isEmpty()) {
            lapsed.add(CONTACTPOINT_TRAINING);
        }
        if (account.informationSharingTrainingOn().filter(d -> !d.isAfter(today)).isEmpty()) {
            lapsed.add(INFORMATION_SHARING);
        }
        if (account.identityCheckedOn().filter(d -> !d.isAfter(today)).isEmpty()) {
            lapsed.add(IDENTITY_CHECK);
        }
        int years = Integer.getInteger(YEARS_PROPERTY, 3);
        if (account.enhancedCheckOn().filter(d -> !d.isAfter(today) && d.plusYears(years).isAfter(today)).isEmpty()) {
            lapsed.add(ENHANCED_CHECK);
        }
        return lapsed;
    }
}
