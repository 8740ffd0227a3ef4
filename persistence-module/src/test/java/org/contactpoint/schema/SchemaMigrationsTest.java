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
        assertThat(SchemaMigrations.currentVersion(ds)).contains("2");
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
}
