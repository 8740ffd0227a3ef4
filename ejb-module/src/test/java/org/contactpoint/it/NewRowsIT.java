package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.child.entity.IdentifierScheme;
import org.contactpoint.child.entity.OtherNameType;
import org.contactpoint.consent.entity.Consent;
import org.contactpoint.consent.entity.ConsentGiver;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.contactpoint.feed.entity.RecordOutcome;
import org.contactpoint.feed.entity.SourceRecord;
import org.contactpoint.involvement.entity.Involvement;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.matching.entity.MatchReview;
import org.contactpoint.organisation.entity.GpPractice;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.organisation.entity.Setting;
import org.contactpoint.schema.control.NewRows;
import org.contactpoint.schema.control.PlainJdbc;
import org.contactpoint.search.entity.SearchKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feed writes a new child's rows itself ({@link NewRows}): they must be the rows the entity manager writes for the
 * same child, read back alike, and a failed write must not quote them.
 */
@ExtendWith(ArquillianExtension.class)
class NewRowsIT {

    private static final AtomicLong SERIAL = new AtomicLong(800_000_000L + (System.nanoTime() % 1_000_000L) * 10);

    /** Each table a new child's record writes, with the columns that name the row or its child rather than its content. */
    private static final Map<String, Set<String>> TABLES = Map.ofEntries(
            Map.entry("child", Set.of("id", "cp_id")),
            Map.entry("child_other_name", Set.of("id", "child_id")),
            Map.entry("child_address", Set.of("id", "child_id")),
            Map.entry("child_identifier", Set.of("id", "child_id")),
            Map.entry("parent_carer", Set.of("id", "child_id")),
            Map.entry("child_setting", Set.of("id", "child_id")),
            Map.entry("child_gp_practice", Set.of("id", "child_id")),
            Map.entry("consent", Set.of("id", "child_id")),
            Map.entry("involvement", Set.of("id", "child_id", "consent_id")),
            Map.entry("source_record", Set.of("id", "child_id", "source_record_id")),
            Map.entry("child_search_key", Set.of("id", "child_id")),
            Map.entry("match_review", Set.of("id", "child_id", "source_record_id")));

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    TestStore store;

    @Test
    void aChildWrittenAsNewRowsIsStoredAndReadAsTheEntityManagerStoresIt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long[] ids = store.inTransaction(em -> {
            Setting school = new Setting(String.valueOf(700_000 + SERIAL.incrementAndGet() % 100_000), "Greythorn Primary School");
            GpPractice gp = new GpPractice("Y" + String.format("%05d", SERIAL.get() % 100_000), "Musters Medical Practice");
            em.persist(school);
            em.persist(gp);
            Child candidate = new Child(ContactPointId.fromSerial(SERIAL.incrementAndGet()), "Olivia", "Smith",
                    LocalDate.now().minusYears(7), Gender.FEMALE, now);
            em.persist(candidate);
            List<Object> managed = record(em, school, gp, candidate, now);
            managed.forEach(em::persist);
            em.flush();
            NewRows rows = new NewRows(em);
            List<Object> written = record(em, school, gp, candidate, now);
            written.forEach(rows::add);
            long assignedAtOnce = ((Child) written.get(0)).id();
            rows.write();
            return new long[]{((Child) managed.get(0)).id(), assignedAtOnce};
        });
        store.inTransaction(em -> {
            for (Map.Entry<String, Set<String>> table : TABLES.entrySet()) {
                List<Map<String, Object>> byEntityManager = rowsOf(em, table.getKey(), ids[0], table.getValue());
                assertThat(byEntityManager).as(table.getKey()).isNotEmpty();
                assertThat(rowsOf(em, table.getKey(), ids[1], table.getValue())).as(table.getKey())
                        .containsExactlyInAnyOrderElementsOf(byEntityManager);
            }
            Child child = em.find(Child.class, ids[1]);
            assertThat(child.otherNames()).extracting(n -> n.type() + ":" + n.givenNames()).containsExactly("KNOWN_AS:Liv");
            assertThat(child.currentAddress()).map(a -> a.address().postcode()).contains("NG2 7QP");
            assertThat(child.responsibleAuthority()).map(LocalAuthority::name).contains("Nottinghamshire");
            assertThat(child.identifier(IdentifierScheme.NHS)).contains("9434765919");
            assertThat(child.parentsCarers()).singleElement().satisfies(p -> assertThat(p.contact().phone()).isEqualTo("0115 496 0000"));
            assertThat(child.currentSetting()).map(s -> s.setting().name()).contains("Greythorn Primary School");
            assertThat(child.currentGpRegistration()).map(r -> r.practice().name()).contains("Musters Medical Practice");
            assertThat(child.version()).isEqualTo(em.find(Child.class, ids[0]).version());
            return null;
        });
    }

    /** A row the database refuses fails the write naming its table, never quoting its values (a home's postcode). */
    @Test
    void aRefusedRowIsReportedWithoutItsValuesAndNothingIsWritten() {
        String sourceRecordId = "nr-" + SERIAL.incrementAndGet();
        Instant now = Instant.now();
        store.inTransaction(em -> {
            em.persist(new SourceRecord("NHS-PDS", sourceRecordId, 1, null, RecordOutcome.REVIEW, now));
            return null;
        });
        String cpId = ContactPointId.fromSerial(SERIAL.incrementAndGet()).value();
        assertThatThrownBy(() -> store.inTransaction(em -> {
            Child child = new Child(ContactPointId.parse(cpId), "Ava", "Quinton", LocalDate.now().minusYears(9), Gender.FEMALE, now);
            child.shield();
            child.moveTo(new Address("3 Hidden Row", null, "Sneinton", "NG3 9ZZ"), LocalDate.now(), null);
            SourceRecord duplicate = new SourceRecord("NHS-PDS", sourceRecordId, 2, child, RecordOutcome.CREATED, now);
            duplicate.said("Ava", "Quinton", child.dateOfBirth(), Gender.FEMALE, child.currentAddress().orElseThrow().address());
            NewRows rows = new NewRows(em);
            rows.add(child);
            rows.add(duplicate);
            rows.write();
            return null;
        })).rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SourceRecord").hasMessageContaining("SQL state")
                .hasMessageNotContaining("NG3").hasMessageNotContaining("Hidden").hasMessageNotContaining("Quinton")
                .hasMessageNotContaining(sourceRecordId);
        List<Object[]> children = store.inTransaction(em -> PlainJdbc.rows(em, "SELECT id FROM child WHERE cp_id = ?", List.of(cpId)));
        assertThat(children).as("the child of the failed write").isEmpty();
    }

    /** A new child as the feed writes it, with everything a record brings (the child first). */
    private static List<Object> record(EntityManager em, Setting school, GpPractice gp, Child candidate, Instant now) {
        LocalAuthority notts = em.find(LocalAuthority.class, "E10000024");
        Child child = new Child(ContactPointId.fromSerial(SERIAL.incrementAndGet()), "Olivia Grace", "Smith",
                LocalDate.now().minusYears(7), Gender.FEMALE, now);
        child.addOtherName(OtherNameType.KNOWN_AS, "Liv", null);
        Address home = new Address("12 Mill Lane", null, "West Bridgford", "NG2 7QP");
        child.moveTo(home, LocalDate.now().minusYears(2), notts);
        child.addIdentifier(IdentifierScheme.NHS, "9434765919");
        child.addParentCarer("Emma Smith", "mother", true, new ContactDetails("0115 496 0000", null), null);
        child.attend(school, LocalDate.now().minusYears(2));
        child.registerWith(gp, LocalDate.now().minusYears(6));
        SourceRecord source = new SourceRecord("NHS-PDS", "nr-" + SERIAL.incrementAndGet(), 3, child, RecordOutcome.REVIEW, now);
        source.said("Olivia Grace", "Smith", child.dateOfBirth(), Gender.FEMALE, home);
        Consent consent = new Consent(child, ServiceType.MENTAL_HEALTH, ConsentGiver.YOUNG_PERSON, "Olivia Smith",
                now.minusSeconds(3600), "NHS-PDS", now);
        Involvement camhs = new Involvement(child, ServiceType.MENTAL_HEALTH, "Notts CAMHS", "NHS-PDS", "J. Patel",
                new ContactDetails("0115 496 0001", "camhs@example.org"), LocalDate.now().minusMonths(3));
        camhs.consentedBy(consent);
        List<Object> all = new ArrayList<>(List.of(child, source, consent, camhs,
                new MatchReview(child, candidate, "NHS-PDS", source.sourceRecordId(), 11.5, "{\"dateOfBirth\":\"exact\"}",
                        "E10000024", now)));
        all.addAll(SearchKeys.of(child));
        return all;
    }

    /** The child's rows of the table, without the columns that differ between two writes of one record. */
    private static List<Map<String, Object>> rowsOf(EntityManager em, String table, long childId, Set<String> naming) {
        String column = table.equals("child") ? "id" : "child_id";
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table + " WHERE " + column + " = ?")) {
            statement.setLong(1, childId);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new TreeMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        String name = result.getMetaData().getColumnName(c).toLowerCase();
                        if (!naming.contains(name)) {
                            row.put(name, String.valueOf(result.getObject(c)));
                        }
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
