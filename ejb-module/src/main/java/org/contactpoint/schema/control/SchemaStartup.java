package org.contactpoint.schema.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.contactpoint.schema.SchemaMigrations;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Migrates the schema when the application is deployed, before anything else touches the database.
 * Flyway manages its own transactions, so none is started here. Several instances may start at once: Flyway takes
 * a database lock, so only one migrates.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaStartup {

    private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

    /**
     * A small non-XA pool with non-transactional connections to the same database: Flyway commits itself, which an
     * XA connection enlisted by the container refuses.
     */
    @Resource(lookup = "jdbc/contactpoint-schema")
    DataSource dataSource;

    private volatile String version = "unknown";

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = SchemaMigrations.migrate(dataSource);
        version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : SchemaMigrations.currentVersion(dataSource).orElse("none");
        LOG.info(() -> "ContactPoint schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }

    public String version() {
        return version;
    }
}
