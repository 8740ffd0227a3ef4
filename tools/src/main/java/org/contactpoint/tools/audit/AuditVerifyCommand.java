package org.contactpoint.tools.audit;

import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * {@code audit-verify --jdbc-url URL --user U}: walks the audit hash chain in sequence order and names the first
 * event whose sequence, previous hash or own hash does not follow. Exit 0 when the chain is whole, 1 when broken,
 * 2 for bad arguments. Run it in the server's time zone (UTC, docs/operations.md).
 */
@Command(name = "audit-verify", mixinStandardHelpOptions = true,
        description = "Verifies the audit trail's hash chain and names the first broken sequence number.")
public class AuditVerifyCommand implements Callable<Integer> {

    @Option(names = "--jdbc-url", required = true, description = "JDBC URL of the ContactPoint database (PostgreSQL or H2 file).")
    String url;

    @Option(names = "--user", required = true, description = "Database user.")
    String user;

    @Option(names = "--password", defaultValue = "", description = "Database password (default empty).")
    String password;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    /** The outcome of a walk: how many events were checked, and the first broken sequence if any. */
    public record Result(long checked, Long brokenAt, String reason) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    @Override
    public Integer call() {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            Result result = verify(c, quiet ? null : System.err);
            if (result.intact()) {
                System.out.printf("Audit chain intact: %,d events verified.%n", result.checked());
                return 0;
            }
            System.out.printf("Audit chain BROKEN at sequence %d: %s (%,d events before it verified).%n",
                    result.brokenAt(), result.reason(), result.checked());
            return 1;
        } catch (SQLException e) {
            System.err.println("ERROR: cannot read the audit trail at " + url + ": " + e.getMessage().lines().findFirst().orElse(""));
            return 1;
        }
    }

    public static Result verify(Connection c, java.io.PrintStream progress) throws SQLException {
        c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        try (PreparedStatement s = c.prepareStatement("SELECT seq, occurred_at, actor, actor_role, local_authority_code, "
                + "channel, action, target_cp_id, parameters, outcome, client_address, previous_hash, hash "
                + "FROM audit_event ORDER BY seq")) {
            s.setFetchSize(10_000);
            String previous = AuditEvent.GENESIS;
            long expected = 1;
            long checked = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (seq != expected) {
                        return new Result(checked, expected, "event " + expected + " is missing (next is " + seq + ")");
                    }
                    AuditEvent e = new AuditEvent(seq, rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), Channel.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                            rs.getString(9), Outcome.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getString(13));
                    if (!e.previousHash().equals(previous)) {
                        return new Result(checked, seq, "its previous hash does not match event " + (seq - 1));
                    }
                    if (!e.verifies(previous)) {
                        return new Result(checked, seq, "its content does not match its hash (the row was changed)");
                    }
                    previous = e.hash();
                    expected++;
                    checked++;
                    if (progress != null && checked % 100_000 == 0) {
                        progress.printf("\r%,d events verified", checked);
                    }
                }
            }
            if (progress != null && checked >= 100_000) {
                progress.println();
            }
            return new Result(checked, null, null);
        } finally {
            c.rollback();
        }
    }
}
