package org.contactpoint.schema;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations run on a fresh H2 database (as Payara's pool configures it) and load the authorities. */
class SchemaMigrationsTest {

    @Test
    void migratesAnEmptyDatabaseAndLoadsLocalAuthorities() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:schema-test;MODE=LEGACY;DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(ds);
        assertThat(SchemaMigrations.currentVersion(ds)).contains("25");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            ResultSet las = s.executeQuery("SELECT COUNT(*) FROM local_authority");
            las.next();
            assertThat(las.getInt(1)).isGreaterThanOrEqualTo(10);
            ResultSet notts = s.executeQuery("SELECT local_authority_code FROM postcode_district WHERE district = 'NG2'");
            assertThat(notts.next()).isTrue();
            assertThat(notts.getString(1)).isEqualTo("E10000024");
        }
        // A second run is a no-op.
        assertThat(SchemaMigrations.migrate(ds).migrationsExecuted).isZero();
    }

    @Test
    void auditEventsCannotBeChangedOrDeleted() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit-test;MODE=LEGACY;DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_event (seq, occurred_at, actor, channel, action, outcome, previous_hash, hash) "
                    + "VALUES (1, CURRENT_TIMESTAMP, 'a', 'UI', 'x', 'ALLOWED', '" + "0".repeat(64) + "', '" + "1".repeat(64) + "')");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("UPDATE audit_event SET actor = 'b'"))
                    .hasMessageContaining("insert-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DELETE FROM audit_event"))
                    .hasMessageContaining("insert-only");
            ResultSet rs = s.executeQuery("SELECT actor FROM audit_event WHERE seq = 1");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("a");
        }
    }
}
