package org.contactpoint.account.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private static Account active() {
        Account a = new Account("jo.bloggs", "Jo Bloggs", "ORG", "Org", null, Set.of(Role.PRACTITIONER), Instant.now());
        a.activate("p", "n", "t");
        return a;
    }

    @Test
    void fifthConsecutiveFailureLocksAndUnlockResets() {
        Account a = active();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(5);
        }
        assertThat(a.status()).isEqualTo(AccountStatus.ACTIVE);
        a.recordFailedLogin(5);
        assertThat(a.status()).isEqualTo(AccountStatus.LOCKED);
        a.unlock();
        assertThat(a.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(a.failedAttempts()).isZero();
    }

    @Test
    void revocationIsFinal() {
        Account a = active();
        a.revoke();
        a.suspend();
        a.reinstate();
        assertThat(a.status()).isEqualTo(AccountStatus.REVOKED);
        assertThatThrownBy(() -> a.startEnrolment("hash", Instant.now())).isInstanceOf(IllegalStateException.class);
        assertThat(a.status()).isEqualTo(AccountStatus.REVOKED);
    }

    @Test
    void onlyAnActivePartnerSystemMayActAsOne() {
        assertThat(active().mayActAsPartnerSystem()).isFalse();
        Account partner = new Account("sys.health", "Health feed", "ORG", "Org", null, Set.of(Role.PARTNER_SYSTEM), Instant.now());
        assertThat(partner.mayActAsPartnerSystem()).isFalse();
        partner.activateAsPartnerSystem();
        assertThat(partner.mayActAsPartnerSystem()).isTrue();
        partner.suspend();
        assertThat(partner.mayActAsPartnerSystem()).isFalse();
    }
}
