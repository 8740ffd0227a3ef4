package org.contactpoint.misuse.control;

import org.contactpoint.audit.control.ActivityRollup;
import org.contactpoint.audit.control.StreamEvent;
import org.contactpoint.audit.entity.Outcome;
import org.contactpoint.misuse.entity.MisuseRule;
import org.contactpoint.misuse.entity.MisuseThresholds;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The misuse rules over scripted audit streams, with a context that answers from the script itself. */
class MisuseRulesTest {

    private static final String NOTTS = "E10000024";
    private static final String CITY = "E06000018";
    /** A Tuesday, 10:00 in England (BST). */
    private static final Instant TUESDAY_MORNING = ZonedDateTime.of(2026, 7, 7, 10, 0, 0, 0, ActivityRollup.ENGLAND).toInstant();

    /** A scripted stream: events in order, children known to ContactPoint, thresholds per authority. */
    private static final class Script implements MisuseContext {
        final List<StreamEvent> events = new ArrayList<>();
        final Map<String, ChildFacts> children = new HashMap<>();
        final Map<String, MisuseThresholds> thresholds = new HashMap<>();
        final Map<String, String> authorities = new HashMap<>();
        private long seq;

        Script event(Instant at, String actor, String role, String la, String action, String target, Outcome outcome, String address) {
            events.add(new StreamEvent(++seq, at, actor, role, la, action, target, outcome, address));
            if (la != null) {
                authorities.put(actor, la);
            }
            return this;
        }

        Script views(String actor, String la, int n, Instant from, Duration every) {
            for (int i = 0; i < n; i++) {
                event(from.plus(every.multipliedBy(i)), actor, "PRACTITIONER", la, "child.view", "1000000018", Outcome.ALLOWED, null);
            }
            return this;
        }

        Script searches(String actor, String la, int n, Instant from, Duration every) {
            for (int i = 0; i < n; i++) {
                event(from.plus(every.multipliedBy(i)), actor, "PRACTITIONER", la, "child.search", null, Outcome.ALLOWED, null);
            }
            return this;
        }

        Script login(Instant at, String actor, String address) {
            return event(at, actor, null, null, "login", null, Outcome.ALLOWED, address);
        }

        /** The rules over the stream's last {@code n} events as one page (the earlier ones are history). */
        List<Finding> lastPage(int n) {
            return MisuseRules.findings(events.subList(events.size() - n, events.size()), this);
        }

        List<Finding> all() {
            return MisuseRules.findings(events, this);
        }

        @Override
        public MisuseThresholds thresholds(String authority) {
            return thresholds.getOrDefault(authority, MisuseThresholds.defaults(authority));
        }

        @Override
        public Optional<String> authorityOf(String actor) {
            return Optional.ofNullable(authorities.get(actor));
        }

        @Override
        public long count(String actor, Kind kind, Instant from, Instant to) {
            return events.stream().filter(e -> e.actor().equals(actor) && e.at().isAfter(from) && !e.at().isAfter(to))
                    .filter(e -> kind == Kind.VIEW ? e.isRecordView() : e.isSearch()).count();
        }

        @Override
        public Set<String> signInAddresses(String actor, Instant since, long beforeSeq) {
            return events.stream().filter(e -> e.actor().equals(actor) && e.isLogin() && e.outcome() == Outcome.ALLOWED
                    && e.seq() < beforeSeq && e.at().isAfter(since)).map(StreamEvent::clientAddress).collect(Collectors.toSet());
        }

        @Override
        public Optional<ChildFacts> child(String contactPointId) {
            return Optional.ofNullable(children.get(contactPointId));
        }
    }

    private static Script script() {
        Script s = new Script();
        s.children.put("1000000018", new MisuseContext.ChildFacts(false, NOTTS));
        s.children.put("1000000026", new MisuseContext.ChildFacts(true, NOTTS));
        return s;
    }

    private static List<MisuseRule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void moreViewsInAnHourThanTheThresholdIsHeavyViewing() {
        Script busy = script().views("pr.busy", NOTTS, 51, TUESDAY_MORNING, Duration.ofMinutes(1));
        Script steady = script().views("pr.steady", NOTTS, 50, TUESDAY_MORNING, Duration.ofMinutes(1));
        Script spread = script().views("pr.spread", NOTTS, 60, TUESDAY_MORNING, Duration.ofMinutes(2));

        assertThat(busy.all()).filteredOn(f -> f.rule() == MisuseRule.HEAVY_VIEWING).singleElement()
                .satisfies(f -> {
                    assertThat(f.authority()).isEqualTo(NOTTS);
                    assertThat(f.detail()).startsWith("51 record views");
                });
        assertThat(rules(steady.all())).doesNotContain(MisuseRule.HEAVY_VIEWING);
        assertThat(rules(spread.all())).as("60 views over two hours").doesNotContain(MisuseRule.HEAVY_VIEWING);
    }

    @Test
    void heavyViewingCountsTheHourBeforeThePageToo() {
        Script s = script().views("pr.busy", NOTTS, 45, TUESDAY_MORNING, Duration.ofSeconds(30))
                .views("pr.busy", NOTTS, 10, TUESDAY_MORNING.plus(Duration.ofMinutes(30)), Duration.ofSeconds(30));

        assertThat(rules(s.lastPage(10))).contains(MisuseRule.HEAVY_VIEWING);
    }

    @Test
    void aThresholdSetByTheAuthorityIsTheOneUsed() {
        Script s = script().views("pr.busy", NOTTS, 21, TUESDAY_MORNING, Duration.ofMinutes(1));
        s.thresholds.put(NOTTS, new MisuseThresholds(NOTTS, 20, 40, 10, 7, 19, 90, "team", Instant.EPOCH));

        assertThat(rules(s.all())).contains(MisuseRule.HEAVY_VIEWING);
    }

    @Test
    void manySearchesWithFewRecordsOpenedIsTrawling() {
        Script trawl = script().searches("pr.trawl", NOTTS, 45, TUESDAY_MORNING, Duration.ofMinutes(1))
                .views("pr.trawl", NOTTS, 2, TUESDAY_MORNING.plus(Duration.ofMinutes(50)), Duration.ofMinutes(1));
        Script work = script().searches("pr.work", NOTTS, 45, TUESDAY_MORNING, Duration.ofMinutes(1))
                .views("pr.work", NOTTS, 10, TUESDAY_MORNING.plus(Duration.ofMinutes(5)), Duration.ofMinutes(3));

        assertThat(rules(trawl.all())).contains(MisuseRule.TRAWLING);
        assertThat(rules(work.all())).doesNotContain(MisuseRule.TRAWLING);
    }

    @Test
    void aShieldedRecordSeenByAnyoneButItsTeamIsReportedToTheChildsTeamOncePerDay() {
        Script s = script()
                .event(TUESDAY_MORNING, "pr.a", "PRACTITIONER", NOTTS, "child.view", "1000000026", Outcome.ALLOWED, null)
                .event(TUESDAY_MORNING.plusSeconds(60), "pr.a", "PRACTITIONER", NOTTS, "child.view", "1000000026", Outcome.ALLOWED, null)
                .event(TUESDAY_MORNING, "team.notts", "LA_MANAGEMENT", NOTTS, "child.view", "1000000026", Outcome.ALLOWED, null)
                .event(TUESDAY_MORNING, "pr.b", "PRACTITIONER", NOTTS, "child.view", "1000000026", Outcome.DENIED, null);

        List<Finding> shielded = s.all().stream().filter(f -> f.rule() == MisuseRule.SHIELDED_VIEW).toList();

        assertThat(shielded).singleElement().satisfies(f -> {
            assertThat(f.actor()).isEqualTo("pr.a");
            assertThat(f.authority()).isEqualTo(NOTTS);
        });
    }

    @Test
    void anotherAuthoritysChildSeenIsReportedToTheChildsAuthorityButNationalUsersAreNot() {
        Script s = script()
                .event(TUESDAY_MORNING, "pr.city", "PRACTITIONER", CITY, "child.view", "1000000018", Outcome.ALLOWED, null)
                .event(TUESDAY_MORNING, "nat.gp", "PRACTITIONER", null, "child.view", "1000000018", Outcome.ALLOWED, null)
                .event(TUESDAY_MORNING, "pr.notts", "PRACTITIONER", NOTTS, "child.view", "1000000018", Outcome.ALLOWED, null);

        assertThat(s.all()).filteredOn(f -> f.rule() == MisuseRule.OUTSIDE_AUTHORITY).singleElement()
                .satisfies(f -> {
                    assertThat(f.actor()).isEqualTo("pr.city");
                    assertThat(f.authority()).isEqualTo(NOTTS);
                });
    }

    @Test
    void activityAtWeekendsOrOutsideWorkingHoursInEnglandIsReported() {
        Instant saturday = ZonedDateTime.of(2026, 7, 11, 10, 0, 0, 0, ActivityRollup.ENGLAND).toInstant();
        Instant tuesdayEvening = ZonedDateTime.of(2026, 7, 7, 19, 30, 0, 0, ActivityRollup.ENGLAND).toInstant();
        Script s = script()
                .event(saturday, "pr.sat", "PRACTITIONER", NOTTS, "child.search", null, Outcome.ALLOWED, null)
                .event(tuesdayEvening, "pr.eve", "PRACTITIONER", NOTTS, "child.search", null, Outcome.ALLOWED, null)
                .event(TUESDAY_MORNING, "pr.day", "PRACTITIONER", NOTTS, "child.search", null, Outcome.ALLOWED, null)
                .event(saturday, "sys.la", "PARTNER_SYSTEM", NOTTS, "child.search", null, Outcome.ALLOWED, null)
                .event(saturday, "pr.failed", null, null, "login", null, Outcome.DENIED, "10.0.0.9");

        assertThat(s.all()).filteredOn(f -> f.rule() == MisuseRule.OUT_OF_HOURS).extracting(Finding::actor)
                .containsExactly("pr.sat", "pr.eve");
        assertThat(tuesdayEvening.atZone(java.time.ZoneOffset.UTC).getHour()).as("19:30 BST is 18:30 UTC").isEqualTo(18);
    }

    @Test
    void aSignInFromAnAddressNotUsedInTheLast90DaysIsReportedButNotAFirstSignIn() {
        Script s = script()
                .login(TUESDAY_MORNING.minus(Duration.ofDays(30)), "pr.a", "10.0.0.1")
                .login(TUESDAY_MORNING, "pr.a", "10.0.0.1")
                .login(TUESDAY_MORNING.plusSeconds(60), "pr.a", "192.0.2.7")
                .login(TUESDAY_MORNING, "pr.new", "10.0.0.5")
                .login(TUESDAY_MORNING.minus(Duration.ofDays(120)), "pr.old", "10.0.0.1")
                .login(TUESDAY_MORNING, "pr.old", "10.0.0.6");
        s.authorities.put("pr.a", NOTTS);

        assertThat(s.all()).filteredOn(f -> f.rule() == MisuseRule.NEW_ADDRESS).singleElement().satisfies(f -> {
            assertThat(f.actor()).isEqualTo("pr.a");
            assertThat(f.periodKey()).isEqualTo("192.0.2.7");
            assertThat(f.authority()).isEqualTo(NOTTS);
        });
    }

    @Test
    void aPartnerSystemsVolumeIsNotUserMisuseButItsViewsOfShieldedRecordsAre() {
        Script s = script();
        for (int i = 0; i < 300; i++) {
            s.event(TUESDAY_MORNING.plusSeconds(i), "system.la-csc", "PARTNER_SYSTEM", NOTTS, "child.search", null, Outcome.ALLOWED, null);
        }
        s.event(TUESDAY_MORNING.plusSeconds(301), "system.la-csc", "PARTNER_SYSTEM", NOTTS, "child.view", "1000000026", Outcome.ALLOWED, null);

        assertThat(rules(s.all())).containsExactly(MisuseRule.SHIELDED_VIEW);
    }
}
