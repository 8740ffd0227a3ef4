package org.contactpoint.tools.audit;

import org.contactpoint.audit.entity.ChainWalk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.DriverManager;
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

    @Override
    public Integer call() {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            ChainWalk.Result result = verify(c, quiet ? null : System.err);
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

    /** The walk with progress on {@code progress} (a line rewritten every 100,000 events), or none. */
    public static ChainWalk.Result verify(Connection c, java.io.PrintStream progress) throws SQLException {
        ChainWalk.Result result = ChainWalk.verify(c, checked -> {
            if (progress != null && checked % 100_000 == 0) {
                progress.printf("\r%,d events verified", checked);
            }
        });
        if (progress != null && result.checked() >= 100_000) {
            progress.println();
        }
        return result;
    }
}
