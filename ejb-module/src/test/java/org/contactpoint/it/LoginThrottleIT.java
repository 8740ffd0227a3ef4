package org.contactpoint.it;

import jakarta.inject.Inject;
import org.contactpoint.security.api.LoginAttempted;
import org.contactpoint.security.login.FourFactorCredential;
import org.contactpoint.security.login.LoginCheck;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins are throttled per client address, in the database (so across instances), and only for that address. */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    LoginCheck check;

    private LoginAttempted.Result attempt(String address) {
        return check.check(new FourFactorCredential("nobody.here", "wrong password here".toCharArray(),
                "000000".toCharArray(), "000000", address)).result();
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedWithoutCheckingAndOthersAreNot() {
        String attacker = "203.0.113." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < 30; i++) {
            assertThat(attempt(attacker)).isEqualTo(LoginAttempted.Result.REFUSED);
        }
        assertThat(attempt(attacker)).isEqualTo(LoginAttempted.Result.THROTTLED);
        assertThat(attempt("198.51.100.7")).isEqualTo(LoginAttempted.Result.REFUSED);
    }
}
