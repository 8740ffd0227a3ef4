package org.contactpoint.tools.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The database a domain's {@code jdbc/contactpoint} points at: an H2 file under the data folder, or PostgreSQL. */
public sealed interface Database {

    String xaDataSourceClass();

    String plainDataSourceClass();

    /** Pool properties in asadmin syntax (colon-separated, with ':' and '=' in values escaped). */
    String poolProperties();

    String describe();

    /** The embedded default: an H2 file database ({@code MODE=LEGACY}, see STACK.md). */
    record H2(Path directory) implements Database {
        @Override
        public String xaDataSourceClass() {
            return "org.h2.jdbcx.JdbcDataSource";
        }

        @Override
        public String plainDataSourceClass() {
            return "org.h2.jdbcx.JdbcDataSource";
        }

        @Override
        public String poolProperties() {
            // a feed chunk waits for the one before it (feed_lock): longer than H2's 2 s default on a slow machine
            String url = "jdbc:h2:" + directory.toAbsolutePath().resolve("contactpoint") + ";MODE=LEGACY;LOCK_TIMEOUT=60000";
            return "URL=" + PayaraDomain.escape(url).replace("=", "\\=");
        }

        @Override
        public String describe() {
            return "H2 file " + directory.toAbsolutePath().resolve("contactpoint.mv.db");
        }
    }

    /** PostgreSQL, given as a JDBC URL {@code jdbc:postgresql://host:port/database}. */
    record Postgres(String host, int port, String database, String user, String password) implements Database {

        private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?");

        /** @throws ServerException naming what is wrong with the URL */
        public static Postgres parse(String url, String user, String password) {
            Matcher m = URL.matcher(url);
            if (!m.matches()) {
                throw new ServerException("--jdbc-url '" + url + "' is not a PostgreSQL JDBC URL such as "
                        + "jdbc:postgresql://localhost:5432/contactpoint");
            }
            if (user == null || user.isBlank()) {
                throw new ServerException("--jdbc-user is required with --jdbc-url");
            }
            return new Postgres(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3),
                    user, password == null ? "" : password);
        }

        public String url() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** Connects once, so a wrong URL or password is reported before Payara starts. */
        public void check() {
            try (Connection ignored = connect(url())) {
                // reachable
            } catch (SQLException e) {
                throw new ServerException("Cannot connect to PostgreSQL at " + url() + " as " + user + ": "
                        + e.getMessage().lines().findFirst().orElse("") + ". Check --jdbc-url, --jdbc-user and "
                        + "--jdbc-password, and that PostgreSQL is running and the database exists.");
            }
        }

        /** For test domains: (re)creates the database from scratch. */
        public void recreate() {
            try (Connection c = connect("jdbc:postgresql://" + host + ":" + port + "/postgres");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new ServerException("Cannot create PostgreSQL database " + database + " at " + host + ":" + port
                        + ": " + e.getMessage() + ". Is PostgreSQL running (see docs/operations.md)?");
            }
        }

        public void drop() {
            try (Connection c = connect("jdbc:postgresql://" + host + ":" + port + "/postgres");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new ServerException("Cannot drop PostgreSQL database " + database + ": " + e.getMessage());
            }
        }

        private Connection connect(String url) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            props.setProperty("connectTimeout", "5");
            return DriverManager.getConnection(url, props);
        }

        @Override
        public String xaDataSourceClass() {
            return "org.postgresql.xa.PGXADataSource";
        }

        @Override
        public String plainDataSourceClass() {
            return "org.postgresql.ds.PGSimpleDataSource";
        }

        /**
         * reWriteBatchedInserts: the driver sends a JDBC batch of inserts (EclipseLink's batch writing, the feed's
         * batch lines) as multi-row INSERTs, one statement per up to 128 rows instead of one per row.
         */
        @Override
        public String poolProperties() {
            return "serverName=" + host + ":portNumber=" + port + ":databaseName=" + database + ":user=" + user
                    + ":password=" + PayaraDomain.escape(password.isEmpty() ? "()" : password) + ":reWriteBatchedInserts=true";
        }

        @Override
        public String describe() {
            return "PostgreSQL " + url() + " as " + user;
        }
    }
}
