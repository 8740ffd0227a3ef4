package org.contactpoint.tools.bench;

import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The database options of the bench commands ({@code @Mixin}): one spelling of --jdbc-url, --user, --password. */
public class DatabaseOptions {

    @Option(names = "--jdbc-url", required = true, description = "The ContactPoint database (its schema migrated by the server).")
    String url;

    @Option(names = "--user", required = true, description = "Database user.")
    String user;

    @Option(names = "--password", defaultValue = "", description = "Database password (default empty).")
    String password;

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
