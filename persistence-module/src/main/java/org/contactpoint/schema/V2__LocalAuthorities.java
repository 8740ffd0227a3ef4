package org.contactpoint.schema;

import org.contactpoint.organisation.entity.LocalAuthorityCatalogue;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Loads the local authorities and their postcode districts from the catalogue that the generator uses too. */
@SuppressWarnings("java:S101") // Flyway's naming convention
public class V2__LocalAuthorities extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement la = context.getConnection().prepareStatement(
                "INSERT INTO local_authority (code, name, phone, email) VALUES (?, ?, ?, ?)");
             PreparedStatement district = context.getConnection().prepareStatement(
                     "INSERT INTO postcode_district (district, local_authority_code) VALUES (?, ?)")) {
            for (LocalAuthorityCatalogue.Entry entry : LocalAuthorityCatalogue.entries()) {
                la.setString(1, entry.code());
                la.setString(2, entry.name());
                la.setString(3, entry.teamPhone());
                la.setString(4, entry.teamEmail());
                la.addBatch();
                for (String d : entry.districts()) {
                    district.setString(1, d);
                    district.setString(2, entry.code());
                    district.addBatch();
                }
            }
            la.executeBatch();
            district.executeBatch();
        }
    }
}
