package org.contactpoint.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The schema's migrations: SQL shared by H2 and PostgreSQL in {@code db/migration/common}, vendor-specific SQL in
 * {@code db/migration/h2} and {@code db/migration/postgresql}, and reference data as Java migrations.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                .javaMigrations(new V2__LocalAuthorities())
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /** Brings the schema up to date; safe to call on every start. */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }

    /** The version the database is at, if any migration has run. */
    public static Optional<String> currentVersion(DataSource dataSource) {
        return Optional.ofNullable(flyway(dataSource).info().current())
                .map(MigrationInfo::getVersion)
                .map(Object::toString);
    }
}
