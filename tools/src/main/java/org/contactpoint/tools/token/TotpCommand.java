package org.contactpoint.tools.token;

import org.contactpoint.security.token.Base32;
import org.contactpoint.security.token.Totp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code totp --secret S}: prints the current 6-digit code of a token secret, so the demo works without a phone. */
@Command(name = "totp", mixinStandardHelpOptions = true,
        description = "Prints the current security-token code for a base32 token secret (as in the demo accounts).")
public class TotpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--secret", required = true, description = "The token secret in base32 (the secret= part of an otpauth:// URI).")
    String secret;

    @Override
    public Integer call() {
        byte[] key;
        try {
            key = Base32.decode(secret);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--secret: " + e.getMessage());
        }
        if (key.length < 10) {
            throw new ParameterException(spec.commandLine(), "--secret is too short to be a token secret");
        }
        Instant now = Instant.now();
        long remaining = Totp.STEP.getSeconds() - now.getEpochSecond() % Totp.STEP.getSeconds();
        spec.commandLine().getOut().println(new Totp().code(key, now));
        spec.commandLine().getErr().println("(valid for " + remaining + " more seconds)");
        return 0;
    }
}
