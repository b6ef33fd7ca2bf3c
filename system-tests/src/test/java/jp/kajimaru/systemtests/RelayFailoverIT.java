package jp.kajimaru.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #15, "a relay's leader killed while a second replica of the same service runs": user-service runs twice (the
 * launcher's on 8081, a {@link SecondReplica}), the first leads the outbox relay (its database lock). While households
 * sign up through the gateway, the leader is SIGKILLed. The second replica must take the lock over and ship what both
 * replicas committed — households signed up directly at it while the first is dead are sent by its relay (seen
 * 5 s after the kill, the launcher had the first back after 16 s) — and the restarted first replica must stand by
 * until the second stops, then lead again.
 * Counted at the end from both schemas: 0 lost, 0 applied twice (the new leader resumes from the offset the old one
 * last stored, so it may send a few rows again; rotation's inbox drops them).
 */
class RelayFailoverIT {

    private static final int FIRST = 8081;
    private static final String FIRST_URL = "http://127.0.0.1:" + FIRST;

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.get();
    }

    @Test
    void theRelaysLeaderKilledWhileASecondReplicaRunsIsReplacedAndNothingIsLostOrAppliedTwice() throws Exception {
        String name = "Failover " + UUID.randomUUID().toString().substring(0, 8);
        List<String> direct = new ArrayList<>();
        double takeover;
        double appliedWhileFirstDown;
        double firstBack;
        boolean firstBackBeforeThat;
        try (SecondReplica second = SecondReplica.of("user-service", FIRST)) {
            assertThat(SecondReplica.leads(FIRST_URL)).as("the launcher's user-service leads the relay").isTrue();
            assertThat(SecondReplica.leads(second.baseUrl())).as("the second replica stands by").isFalse();

            try (SignUpWorkload workload = SignUpWorkload.ridingOutOutages(name);
                 RunningStack.ToleratedErrors expected = RunningStack.tolerateErrors("user-service's relay leader killed")) {
                workload.awaitHouseholds(5, Duration.ofSeconds(60));
                assertThat(workload.failures()).isEmpty();

                ProcessHandle leader = SecondReplica.processOnPort(FIRST);
                long killedAt = System.nanoTime();
                assertThat(leader.destroyForcibly()).isTrue();
                leader.onExit().get(10, TimeUnit.SECONDS);

                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> SecondReplica.leads(second.baseUrl()));
                takeover = seconds(killedAt);
                // Families keep signing up at the surviving replica while the first is dead (as a load balancer would
                // send them); its relay, now the leader, ships their events.
                for (int i = 0; i < 3; i++) {
                    direct.add(signUpAt(second.baseUrl(), name));
                }
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> SignUpWorkload.allApplied(direct));
                appliedWhileFirstDown = seconds(killedAt);
                firstBackBeforeThat = SecondReplica.isUp(FIRST_URL);
                assertThat(SecondReplica.published(second.baseUrl(), "HouseholdCreated"))
                        .as("the second replica's relay sent its households' events").isGreaterThanOrEqualTo(direct.size());

                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                        .until(() -> SecondReplica.isUp(FIRST_URL));
                firstBack = seconds(killedAt);
                assertThat(SecondReplica.leads(FIRST_URL)).as("the restarted first replica stands by").isFalse();
                assertThat(SecondReplica.leads(second.baseUrl())).as("the second replica still leads").isTrue();

                int atRecovery = workload.households().size();
                workload.awaitHouseholds(atRecovery + 3, Duration.ofSeconds(90));
                workload.stop();
                assertThat(workload.failures()).as("sign-ups through the gateway").isEmpty();
                assertThat(workload.answers().wrong()).as("answers while the first replica was down").isEmpty();
                System.out.println("[faults] errors logged while the leader was down: " + expected.errors());
            }
        }
        // The second replica stopped (SIGTERM): the first takes the relay back.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> SecondReplica.leads(FIRST_URL));
        List<String> more = List.of(signUpAt(FIRST_URL, name));
        await().atMost(Duration.ofSeconds(60)).until(() -> SignUpWorkload.allApplied(more));

        List<String> households = SignUpWorkload.householdsNamed(name);
        assertThat(households).containsAll(direct).containsAll(more);
        SignUpWorkload.Tally tally = SignUpWorkload.tally(households, Duration.ofSeconds(90));
        System.out.printf(Locale.ROOT, "[faults] user-service's relay leader SIGKILLed with a second replica running: %d"
                        + " households (%d signed up at the second replica while the first was dead), events committed %d,"
                        + " applied %d, lost %d, applied twice %d; the second replica led %.1f s after the kill, its events"
                        + " were applied %.1f s after it (the first %s back by then), the first was back (standing by)"
                        + " after %.1f s%n",
                households.size(), direct.size(), tally.committed().size(), tally.applied(), tally.lost(), tally.doubled(),
                takeover, appliedWhileFirstDown, firstBackBeforeThat ? "was" : "not", firstBack);
        assertThat(tally.lost()).as("lost").isZero();
        assertThat(tally.doubled()).as("applied twice").isZero();
        assertThat(tally.choresPerHousehold()).hasSize(households.size()).containsOnly(tally.choresPerHousehold().get(0));
    }

    /** A sign-up sent to one replica directly; its household id. */
    private static String signUpAt(String baseUrl, String householdName) {
        TestApi.Reply r = TestApi.at(baseUrl).post("/api/auth/signup", "{\"email\":\"failover-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"" + StackSignUp.PASSWORD + "\",\"displayName\":\"Hana\",\"householdName\":\""
                + householdName + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String household = r.json().path("householdId").asString();
        assertThat(household).as("householdId in %s", r.body()).isNotBlank();
        return household;
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
