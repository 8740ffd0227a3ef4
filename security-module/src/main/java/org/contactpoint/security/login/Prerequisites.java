package org.contactpoint.security.login;

import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.Vetting;

import java.time.LocalDate;
import java.util.List;

/**
 * The prerequisites checked at every sign-in ({@link Vetting}), with the enhanced criminal-record check valid for
 * {@code contactpoint.enhanced-check-years} years (default 3).
 */
public final class Prerequisites {

    public static final String YEARS_PROPERTY = "contactpoint.enhanced-check-years";
    static final List<String> NAMES = Vetting.PREREQUISITES;

    private Prerequisites() {
    }

    public static List<String> lapsed(Account account, LocalDate today) {
        return account.vetting().lapsed(today, Integer.getInteger(YEARS_PROPERTY, 3));
    }
}
