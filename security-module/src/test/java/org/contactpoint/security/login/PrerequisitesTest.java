package org.contactpoint.security.login;

import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PrerequisitesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Account account(LocalDate cpTraining, LocalDate infoSharing, LocalDate identity, LocalDate enhanced) {
        Account a = new Account("jo.bloggs", "Jo Bloggs", "ORG", "Org", null, Set.of(Role.PRACTITIONER), Instant.now());
        a.recordTraining(cpTraining, infoSharing);
        a.recordChecks(identity, enhanced);
        return a;
    }

    @Test
    void allCurrentMeansNothingLapsed() {
        assertThat(Prerequisites.lapsed(account(TODAY, TODAY, TODAY, TODAY.minusYears(3).plusDays(1)), TODAY)).isEmpty();
    }

    @Test
    void eachMissingPrerequisiteIsNamed() {
        assertThat(Prerequisites.lapsed(account(null, TODAY, TODAY, TODAY), TODAY)).containsExactly("ContactPoint training");
        assertThat(Prerequisites.lapsed(account(TODAY, null, TODAY, TODAY), TODAY)).containsExactly("information-sharing training");
        assertThat(Prerequisites.lapsed(account(TODAY, TODAY, null, TODAY), TODAY)).containsExactly("identity check");
        assertThat(Prerequisites.lapsed(account(TODAY, TODAY, TODAY, null), TODAY)).containsExactly("enhanced criminal-record check");
    }

    @Test
    void enhancedCheckLapsesOnItsThirdAnniversary() {
        assertThat(Prerequisites.lapsed(account(TODAY, TODAY, TODAY, TODAY.minusYears(3)), TODAY))
                .containsExactly("enhanced criminal-record check");
    }

    @Test
    void datesInTheFutureDoNotCount() {
        assertThat(Prerequisites.lapsed(account(TODAY.plusDays(1), TODAY, TODAY, TODAY), TODAY)).containsExactly("ContactPoint training");
    }

    @Test
    void lapsedMessageRepeatsOnlyKnownPrerequisites() {
        assertThat(LoginOutcome.lapsedMessage(java.util.List.of("identity check", "<script>x</script>")))
                .contains("identity check").doesNotContain("script");
        assertThat(LoginOutcome.lapsedMessage(java.util.List.of("anything else"))).isEqualTo(LoginOutcome.REFUSED);
    }
}
