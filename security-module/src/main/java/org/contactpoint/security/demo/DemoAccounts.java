package org.contactpoint.security.demo;

import org.contactpoint.account.entity.Role;
import org.contactpoint.security.token.Base32;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The demo logins: one account per role (and per demo authority for the management team), with a known password,
 * PIN and token secret so a newcomer can try ContactPoint without a phone ({@code contactpoint-tools totp}).
 * The server creates them on a first start with demo data; the run command prints them. Demo only: a production
 * database never gets these accounts (they are created only with {@code -Dcontactpoint.demo.dir}).
 */
public final class DemoAccounts {

    public static final String PASSWORD = "violet kettle harbour";
    public static final String PIN = "480215";

    /** One demo login. */
    public record DemoAccount(String username, String displayName, Role role, String localAuthorityCode,
                              String organisationCode, String organisationName, String serviceType) {

        /** Derived from the username, so a token added to an authenticator app keeps working across restarts. */
        public byte[] tokenSecret() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(("contactpoint-demo-token:" + username).getBytes(StandardCharsets.UTF_8));
                return Arrays.copyOf(digest, 20);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public String tokenSecretBase32() {
            return Base32.encode(tokenSecret());
        }

        public Set<Role> roles() {
            return Set.of(role);
        }
    }

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("practitioner.notts", "Priya Practitioner", Role.PRACTITIONER, "E10000024",
                    "NOTTS-CSC", "Nottinghamshire Children's Services", null),
            new DemoAccount("camhs.notts", "Sam Sensitive", Role.SENSITIVE_SERVICE_PRACTITIONER, "E10000024",
                    "NOTTS-CAMHS", "Nottinghamshire CAMHS", "mental-health"),
            new DemoAccount("team.notts", "Terry Team", Role.LA_MANAGEMENT, "E10000024",
                    "NOTTS-CP", "Nottinghamshire ContactPoint Team", null),
            new DemoAccount("team.nottingham", "Nia Team", Role.LA_MANAGEMENT, "E06000018",
                    "NOTTM-CP", "Nottingham City ContactPoint Team", null),
            new DemoAccount("auditor.notts", "Alex Auditor", Role.AUDITOR, "E10000024",
                    "NOTTS-AUDIT", "Nottinghamshire Internal Audit", null),
            new DemoAccount("national.admin", "Nat Admin", Role.NATIONAL_ADMIN, null,
                    "DCSF", "Department for Children Schools and Families", null));

    /**
     * One demo partner system per source system of the generator. Health, schools and benefits are national
     * partners (never shown sensitive services or archived records); the children's social care system belongs to
     * Nottinghamshire. Their API keys are derived from the username so the run command can print them.
     */
    public record DemoPartnerSystem(String username, String displayName, String sourceSystem, boolean nationalPartner,
                                    String localAuthorityCode) {

        public org.contactpoint.security.apikey.ApiKeySecret apiKey() {
            return org.contactpoint.security.apikey.ApiKeySecret.derived(username);
        }
    }

    /** The demo partner systems' rate limit: enough for the REST benchmark's 32 clients. */
    public static final int PARTNER_REQUESTS_PER_SECOND = 2000;

    public static final List<DemoPartnerSystem> PARTNER_SYSTEMS = List.of(
            new DemoPartnerSystem("system.nhs-pds", "NHS Personal Demographics Service", "NHS-PDS", true, null),
            new DemoPartnerSystem("system.dfe-schools", "DfE School Census", "DFE-SCHOOLS", true, null),
            new DemoPartnerSystem("system.dwp-cb", "DWP Child Benefit", "DWP-CB", true, null),
            new DemoPartnerSystem("system.la-csc", "Nottinghamshire Children's Social Care System", "LA-CSC", false, "E10000024"));

    private DemoAccounts() {
    }
}
