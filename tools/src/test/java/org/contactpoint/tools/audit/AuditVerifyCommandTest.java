package org.contactpoint.tools.audit;

import org.contactpoint.audit.entity.AuditEvent;
import org.contactpoint.audit.entity.Channel;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.schema.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** audit-verify on a real schema: a clean chain passes; a changed or removed row is named. */
class AuditVerifyCommandTest {

    private JdbcDataSource ds;

    @BeforeEach
    void chainOfTen() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:verify" + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(ds);
        String previous = AuditEvent.GENESIS;
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO audit_event (seq, occurred_at, actor, actor_role, local_authority_code, channel, action, "
                        + "target_cp_id, parameters, outcome, client_address, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (long seq = 1; seq <= 10; seq++) {
                AuditEvent e = AuditEvent.chained(seq, previous, Instant.now(), "jo.bloggs", "PRACTITIONER", "E10000024",
                        Channel.UI, "child.view", "1234567890", "{\"reason\":\"assessment\"}", Outcome.ALLOWED, "10.0.0.1");
                insert.setLong(1, e.sequence());
                insert.setTimestamp(2, Timestamp.from(e.occurredAt()));
                insert.setString(3, e.actor());
                insert.setString(4, e.actorRole().orElse(null));
                insert.setString(5, e.localAuthorityCode().orElse(null));
                insert.setString(6, e.channel().name());
                insert.setString(7, e.action());
                insert.setString(8, e.targetCpId().orElse(null));
                insert.setString(9, e.parameters().orElse(null));
                insert.setString(10, e.outcome().name());
                insert.setString(11, e.clientAddress().orElse(null));
                insert.setString(12, e.previousHash());
                insert.setString(13, e.hash());
                insert.executeUpdate();
                previous = e.hash();
            }
        }
    }

    @Test
    void cleanChainVerifies() throws Exception {
        try (Connection c = ds.getConnection()) {
            org.contactpoint.audit.entity.ChainWalk.Result result = AuditVerifyCommand.verify(c, null);
            assertThat(result.intact()).isTrue();
            assertThat(result.checked()).isEqualTo(10);
        }
    }

    @Test
    void tamperedRowIsNamed() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_no_update"); // what an attacker with DBA rights would do first
            s.execute("UPDATE audit_event SET target_cp_id = '9999999999' WHERE seq = 6");
            org.contactpoint.audit.entity.ChainWalk.Result result = AuditVerifyCommand.verify(c, null);
            assertThat(result.brokenAt()).isEqualTo(6);
            assertThat(result.checked()).isEqualTo(5);
            assertThat(result.reason()).contains("changed");
        }
    }

    @Test
    void removedRowIsNamed() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_no_update");
            s.execute("DELETE FROM audit_event WHERE seq = 4");
            org.contactpoint.audit.entity.ChainWalk.Result result = AuditVerifyCommand.verify(c, null);
            assertThat(result.brokenAt()).isEqualTo(4);
            assertThat(result.reason()).contains("missing");
        }
    }
}
