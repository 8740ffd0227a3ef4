package org.contactpoint.tools.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.contactdetails.entity.Postcodes;
import org.contactpoint.search.entity.ChildSearchKey;
import org.contactpoint.search.entity.NameKeys;
import org.contactpoint.search.entity.SearchKeys;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench load-children}: fills a PostgreSQL database for the search benchmark with the children of one
 * generated feed file (one child per line: identity, address, NHS number and the search keys the server computes,
 * from the same {@link SearchKeys}), with COPY. Not the feed path — that is the National-scale issue's; this only
 * puts a million searchable children in place quickly. The server may be running: ids come from its sequences.
 */
@Command(name = "load-children", mixinStandardHelpOptions = true,
        description = "Bulk-loads the children of a generated feed file into PostgreSQL for the search benchmark.")
public class ChildBulkLoad implements Runnable {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--feed", required = true, description = "A generated feed file, e.g. /tmp/feeds/NHS-PDS.jsonl.")
    Path feed;

    @Option(names = "--limit", defaultValue = "2147483647", description = "Load at most this many children.")
    int limit;

    private static final int BATCH = 10_000;

    @Override
    public void run() {
        long started = System.nanoTime();
        long loaded = 0;
        try (Connection c = database.connect();
             BufferedReader in = Files.newBufferedReader(feed, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            Map<String, String> authorities = authorities(c);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<JsonObject> batch = new ArrayList<>(BATCH);
            for (String line = in.readLine(); line != null && loaded < limit; line = in.readLine()) {
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    batch.add(reader.readObject());
                }
                loaded++;
                if (batch.size() == BATCH) {
                    write(c, copy, batch, authorities);
                    batch.clear();
                    System.out.printf("\r%,d children, %,.0f/s", loaded, loaded / ((System.nanoTime() - started) / 1e9));
                }
            }
            write(c, copy, batch, authorities);
            c.commit();
            // as autovacuum would in time: statistics for the planner, and hint bits and the visibility map set, so
            // the first searches do not write every page they read (VACUUM cannot run inside a transaction)
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : List.of("child", "child_search_key", "child_address", "child_identifier")) {
                    s.execute("VACUUM ANALYZE " + table);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Loading failed after " + loaded + " children: " + e.getMessage(), e);
        }
        System.out.printf("%nLoaded %,d children in %.1f s%n", loaded, (System.nanoTime() - started) / 1e9);
    }

    private void write(Connection c, CopyManager copy, List<JsonObject> batch, Map<String, String> authorities) throws Exception {
        if (batch.isEmpty()) {
            return;
        }
        long[] childIds = next(c, "child_seq", batch.size());
        long[] serials = next(c, "contactpoint_id_seq", batch.size());
        long[] addressIds = next(c, "child_address_seq", batch.size());
        long[] identifierIds = next(c, "child_identifier_seq", batch.size());
        long[] keyIds = next(c, "child_search_key_seq", batch.size());
        StringBuilder children = new StringBuilder();
        StringBuilder addresses = new StringBuilder();
        StringBuilder identifiers = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        String now = java.time.LocalDateTime.now().toString();
        for (int i = 0; i < batch.size(); i++) {
            JsonObject r = batch.get(i);
            String given = r.getString("givenNames");
            String family = r.getString("familyName");
            LocalDate dob = LocalDate.parse(r.getString("dateOfBirth"));
            String gender = r.getString("gender").toUpperCase();
            JsonObject address = r.isNull("address") ? null : r.getJsonObject("address");
            String postcode = address == null || address.isNull("postcode") ? null : Postcodes.normalise(address.getString("postcode"));
            String town = address == null || address.isNull("town") ? null : address.getString("town");
            String la = postcode == null ? null : authorities.get(Postcodes.district(postcode));
            row(children, childIds[i], ContactPointId.fromSerial(serials[i]).value(), given, family, dob, gender, "ACTIVE",
                    null, la, "false", null, null, null, null, now, now, 0);
            if (address != null) {
                row(addresses, addressIds[i], childIds[i], text(address, "line1"), text(address, "line2"), town, postcode,
                        dob, null);
            }
            JsonObject ids = r.getJsonObject("identifiers");
            if (ids != null && ids.containsKey("NHS")) {
                row(identifiers, identifierIds[i], childIds[i], "NHS", ids.getString("NHS"));
            }
            ChildSearchKey.FamilyKeys f = SearchKeys.family(family);
            ChildSearchKey.GivenKeys g = SearchKeys.given(given);
            row(keys, keyIds[i], childIds[i], "CURRENT", f.normalised(), f.metaphone(), f.metaphoneAlternate(), f.nysiis(),
                    f.prefix(), g.normalised(), g.first(), g.metaphone(), g.nicknameGroup(), dob, dob.getYear(), gender,
                    postcode, Postcodes.district(postcode), town == null ? null : NameKeys.normalise(town));
        }
        copy.copyIn("COPY child (id, cp_id, given_names, family_name, date_of_birth, gender, status, survivor_cp_id, "
                + "responsible_la_code, shielded, date_of_death, archived_on, care_leaver_consent_on, care_leaver_consent_by, "
                + "created_at, updated_at, version) FROM STDIN WITH (FORMAT csv)", new StringReader(children.toString()));
        copy.copyIn("COPY child_address (id, child_id, line1, line2, town, postcode, valid_from, valid_to) FROM STDIN WITH (FORMAT csv)",
                new StringReader(addresses.toString()));
        copy.copyIn("COPY child_identifier (id, child_id, scheme, identifier_value) FROM STDIN WITH (FORMAT csv)",
                new StringReader(identifiers.toString()));
        copy.copyIn("COPY child_search_key (id, child_id, name_kind, family_norm, family_metaphone, family_metaphone_alt, "
                + "family_nysiis, family_prefix, given_norm, given_first, given_metaphone, given_nickname_group, date_of_birth, "
                + "birth_year, gender, postcode, postcode_district, town_norm) FROM STDIN WITH (FORMAT csv)",
                new StringReader(keys.toString()));
        c.commit();
    }

    private static String text(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null;
    }

    /** One CSV row: null as an empty unquoted field, text quoted. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v instanceof String s) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (v != null) {
                out.append(v);
            }
        }
        out.append('\n');
    }

    private static long[] next(Connection c, String sequence, int n) throws SQLException {
        long[] values = new long[n];
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "') FROM generate_series(1, " + n + ")")) {
            for (int i = 0; rs.next(); i++) {
                values[i] = rs.getLong(1);
            }
        }
        return values;
    }

    private static Map<String, String> authorities(Connection c) throws SQLException {
        Map<String, String> map = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT district, local_authority_code FROM postcode_district")) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getString(2));
            }
        }
        return map;
    }
}
