package org.contactpoint.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.entity.Role;
import org.contactpoint.child.api.ChildRecords;
import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewLevel;
import org.contactpoint.child.api.ViewReason;
import org.contactpoint.child.control.RecordProjector;
import org.contactpoint.involvement.entity.ServiceType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contactpoint.it.PortalFixtures.CITY;
import static org.contactpoint.it.PortalFixtures.LOCATING;
import static org.contactpoint.it.PortalFixtures.NOTTS;

/**
 * The projection through the real facade, for every combination of shielded / not × sensitive service / not ×
 * viewer (practitioner, mental-health practitioner, ContactPoint team, national partner) × same / other authority.
 */
@ExtendWith(ArquillianExtension.class)
class RecordProjectionIT {

    private static final AtomicInteger RUN = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @EJB
    ChildRecords records;

    @EJB
    TestStore store;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Callers callers;

    /** A viewer and what they should get of a shielded record, of a record with a sensitive service. */
    private record Viewer(String username, boolean seesShieldedInFull, SensitiveSight sensitive) {
    }

    private enum SensitiveSight { DETAIL, MASKED, ABSENT }

    private final List<Viewer> viewers = new ArrayList<>();

    @BeforeEach
    void accounts() {
        String s = Integer.toString(RUN.incrementAndGet());
        store.inTransaction(em -> {
            viewers.add(new Viewer(fixtures.account("pv.prac" + s, Role.PRACTITIONER, NOTTS, "NOTTS-YOT", null, false), false, SensitiveSight.MASKED));
            viewers.add(new Viewer(fixtures.account("pv.pracother" + s, Role.PRACTITIONER, CITY, "CITY-YOT", null, false), false, SensitiveSight.MASKED));
            viewers.add(new Viewer(fixtures.account("pv.camhs" + s, Role.SENSITIVE_SERVICE_PRACTITIONER, CITY, "CITY-CAMHS",
                    ServiceType.MENTAL_HEALTH, false), false, SensitiveSight.DETAIL));
            viewers.add(new Viewer(fixtures.account("pv.sexual" + s, Role.SENSITIVE_SERVICE_PRACTITIONER, NOTTS, "NOTTS-SH",
                    ServiceType.SEXUAL_HEALTH, false), false, SensitiveSight.MASKED));
            viewers.add(new Viewer(fixtures.account("pv.owner" + s, Role.PRACTITIONER, NOTTS, "NOTTS-CAMHS", null, false), false, SensitiveSight.DETAIL));
            viewers.add(new Viewer(fixtures.account("pv.team" + s, Role.LA_MANAGEMENT, NOTTS, "NOTTS-CP", null, false), true, SensitiveSight.DETAIL));
            viewers.add(new Viewer(fixtures.account("pv.teamother" + s, Role.LA_MANAGEMENT, CITY, "CITY-CP", null, false), false, SensitiveSight.DETAIL));
            viewers.add(new Viewer(fixtures.account("pv.national" + s, Role.PRACTITIONER, null, "NATIONAL-POLICE", null, true), false, SensitiveSight.ABSENT));
            viewers.add(new Viewer(fixtures.account("pv.system" + s, Role.PARTNER_SYSTEM, NOTTS, "NOTTS-YOT-CMS", null, false), false, SensitiveSight.MASKED));
            viewers.add(new Viewer(fixtures.account("pv.nationalsystem" + s, Role.PARTNER_SYSTEM, null, "NATIONAL-DWP", null, true), false, SensitiveSight.ABSENT));
            return null;
        });
    }

    private String child(boolean shielded, boolean sensitive) {
        return store.inTransaction(em -> fixtures.child("Olivia", PortalFixtures.uniqueFamilyName(),
                LocalDate.now().minusYears(9), shielded, sensitive).cpId().value());
    }

    private RecordView open(String username, String cpId) throws Exception {
        return callers.actingAs(username, () -> records.open(cpId, ViewReason.PROVIDING_A_SERVICE, null));
    }

    @Test
    void everyViewerGetsWhatTheRulesAllowOfEveryKindOfRecord() throws Exception {
        for (boolean shielded : new boolean[]{false, true}) {
            for (boolean sensitive : new boolean[]{false, true}) {
                String cpId = child(shielded, sensitive);
                for (Viewer viewer : viewers) {
                    String what = viewer.username() + (shielded ? " / shielded" : "") + (sensitive ? " / sensitive" : "");
                    RecordView view = open(viewer.username(), cpId);
                    assertThat(view.contactPointId()).as(what).isEqualTo(cpId);
                    assertThat(view.givenNames()).as(what).isEqualTo("Olivia");
                    if (shielded && !viewer.seesShieldedInFull()) {
                        assertShieldedView(view, what);
                        continue;
                    }
                    assertThat(view.address()).as(what).isNotNull();
                    assertThat(view.parentsCarers()).as(what).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Emma Fixture"));
                    assertThat(view.setting().name()).as(what).isEqualTo("Greenfield Primary School");
                    assertThat(view.gpPractice().name()).as(what).isEqualTo("Musters Medical Practice");
                    assertThat(view.services()).as(what).anySatisfy(sv -> assertThat(sv.serviceName()).isEqualTo("Notts Social Care"));
                    List<RecordView.ServiceView> sensitiveOnes = view.services().stream().filter(RecordView.ServiceView::sensitive).toList();
                    if (!sensitive) {
                        assertThat(sensitiveOnes).as(what).isEmpty();
                        assertThat(view.level()).as(what).isEqualTo(ViewLevel.FULL);
                        continue;
                    }
                    switch (viewer.sensitive()) {
                        case DETAIL -> {
                            assertThat(view.level()).as(what).isEqualTo(ViewLevel.FULL);
                            assertThat(sensitiveOnes).as(what).singleElement().satisfies(sv -> {
                                assertThat(sv.serviceName()).isEqualTo("Notts CAMHS Clinic");
                                assertThat(sv.phone()).isEqualTo("0115 900 5678");
                            });
                        }
                        case MASKED -> {
                            assertThat(view.level()).as(what).isEqualTo(ViewLevel.SENSITIVE_MASKED);
                            assertThat(sensitiveOnes).as(what).singleElement().satisfies(sv -> {
                                assertThat(sv.masked()).isTrue();
                                assertThat(sv.serviceName()).isEqualTo(RecordProjector.UNSPECIFIED_SERVICE);
                                assertThat(sv.toString()).doesNotContain("CAMHS", "Cam Therapist", "5678", "mental");
                                assertThat(sv.involvementId()).isNull();
                            });
                        }
                        case ABSENT -> assertThat(view.toString()).as(what).doesNotContain("CAMHS", "Unspecified", "mental");
                    }
                }
            }
        }
    }

    private static void assertShieldedView(RecordView view, String what) {
        assertThat(view.level()).as(what).isEqualTo(ViewLevel.SHIELDED);
        assertThat(view.address()).as(what).isNull();
        assertThat(view.parentsCarers()).as(what).isEmpty();
        assertThat(view.setting()).as(what).isNull();
        assertThat(view.gpPractice()).as(what).isNull();
        assertThat(view.services()).as(what).isEmpty();
        assertThat(view.otherNames()).as(what).isEmpty();
        assertThat(view.toString()).as(what).doesNotContain(LOCATING).doesNotContain("Livvy", "CAMHS");
        assertThat(view.team()).as(what).isNotNull();
    }
}
