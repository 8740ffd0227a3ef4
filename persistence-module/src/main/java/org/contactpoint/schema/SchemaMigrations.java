package org.contactpoint.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
                .javaMigrations(new V2__LocalAuthorities())
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /** The folder of vendor-specific migrations: {@code h2} or {@code postgresql}. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("ContactPoint runs on H2 or PostgreSQL, not " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate its schema", e);
        }
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
