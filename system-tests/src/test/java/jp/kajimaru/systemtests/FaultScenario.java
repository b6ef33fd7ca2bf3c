package jp.kajimaru.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One fault of issue #15 on the running stack, the same way for each part the launcher embeds: households sign up
 * through the gateway ({@link SignUpWorkload}, riding out 503s), the part is stopped through the launcher's fault
 * injection, left down for a while (rotation's own reads asked once a second meanwhile) and started again on the same
 * address. Measured: from the start to the first 200 through the gateway, and until every event committed so far is
 * applied; then a few more sign-ups, and both sides of the pipeline counted. The ERROR lines the services log while the
 * part is away are expected ({@link RunningStack#tolerateErrors}).
 *
 * @param whileDown        rotation's answers while the part was down
 * @param afterStart       its answers from the start until the first 200
 * @param householdsDuring households whose sign-up finished while the part was down
 * @param readiness        rotation-service's readiness while the part was down, status code → count (the probe a
 *                         load balancer or Kubernetes asks; its group includes the database and Kafka)
 * @param deadLettered     what any consumer dead-lettered meanwhile (DeadLetterLog's WARN): an outage is no reason to
 *                         give an event up, and one the relay did not happen to send again would be lost
 */
record FaultScenario(String what, SignUpWorkload workload, String launcherSaid, DowntimeAnswers whileDown,
                     DowntimeAnswers afterStart, int householdsDuring, double firstOkSeconds, double recoverySeconds,
                     List<String> households, SignUpWorkload.Tally tally, Map<Integer, Integer> readiness,
                     List<String> deadLettered) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Runs it: {@code part} is "kafka" or "mariadb", stopped as an operator would. */
    static FaultScenario run(String what, String part, Duration down) throws Exception {
        return run(what, part, "stop", down);
    }

    /** As above, ended by {@code stopAction}: "stop", or "kill" (SIGKILL, a crash; "mariadb" only). */
    static FaultScenario run(String what, String part, String stopAction, Duration down) throws Exception {
        String name = what + " " + UUID.randomUUID().toString().substring(0, 8);
        try (SignUpWorkload workload = SignUpWorkload.ridingOutOutages(name)) {
            workload.awaitHouseholds(5, Duration.ofSeconds(60));
            assertThat(workload.failures()).isEmpty();
            String token = workload.households().get(0).token();
            await().atMost(Duration.ofSeconds(60)).until(() -> SignUpWorkload.allApplied(SignUpWorkload.householdsNamed(name)));

            DowntimeAnswers whileDown = new DowntimeAnswers();
            DowntimeAnswers afterStart = new DowntimeAnswers();
            Map<Integer, Integer> readiness = new TreeMap<>();
            try (RunningStack.ToleratedErrors expected = RunningStack.tolerateErrors(what)) {
                int before = workload.households().size();
                String stopped = RunningStack.fault(part, stopAction);
                long stoppedAt = System.nanoTime();
                await().atMost(down.plusSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    whileDown.record(HostileApi.send("127.0.0.1", "GET", "/api/chores", token, null));
                    readiness.merge(rotationReadiness(), 1, Integer::sum);
                    return System.nanoTime() - stoppedAt >= down.toNanos();
                });
                int during = workload.households().size() - before;
                String started = RunningStack.fault(part, "start");
                long startedAt = System.nanoTime();
                afterStart.pollUntilOk("/api/chores", token, Duration.ofSeconds(120));
                double firstOk = (System.nanoTime() - startedAt) / 1e9;
                List<String> committedSoFar = SignUpWorkload.householdsNamed(name);
                // Up to 10 minutes: after a long outage this is the backlog draining, not a reconnect. Still short of
                // it, the tally below reports what is missing as lost.
                double recovery = Double.NaN;
                try {
                    await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                            .until(() -> SignUpWorkload.allApplied(committedSoFar));
                    recovery = (System.nanoTime() - startedAt) / 1e9;
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    System.out.println("[faults] " + what + ": not everything committed before the start applied after 10 minutes");
                }
                // A few more sign-ups once it is back (consumers rejoined, relays caught up), then the workload stops.
                workload.awaitHouseholds(workload.households().size() + 5, Duration.ofSeconds(90));
                workload.stop();
                List<String> ids = SignUpWorkload.householdsNamed(name);
                FaultScenario done = new FaultScenario(what, workload, stopped + "; " + started, whileDown, afterStart, during,
                        firstOk, recovery, ids, SignUpWorkload.tally(ids, Duration.ofSeconds(90)), readiness,
                        expected.linesContaining("Dead-lettered"));
                done.report(down);
                return done;
            }
        }
    }

    private void report(Duration down) {
        System.out.printf(Locale.ROOT, "[faults] %s (down %d s): %d households (%d signed up while it was down), events committed"
                        + " %d, applied %d, lost %d, applied twice %d; first 200 through the gateway %.1f s after the start, every"
                        + " event committed so far applied %.1f s after it; rotation's answers while down %s, after the start %s;"
                        + " sign-up answers %s; unknown outcomes %s; launcher: %s; rotation's readiness while down %s;"
                        + " dead-lettered meanwhile %s%n", what, down.toSeconds(), households.size(),
                householdsDuring, tally.committed().size(), tally.applied(), tally.lost(), tally.doubled(), firstOkSeconds,
                recoverySeconds, whileDown.histogram(), afterStart.histogram(), workload.answers().histogram(),
                workload.unknownOutcomes(), launcherSaid, readiness, deadLettered);
    }

    /** rotation-service's readiness probe; 0 when it did not answer within the timeout. */
    private static int rotationReadiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8082/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Users got 2xx or 503 problem+json with Retry-After, nothing lost, nothing applied twice, no household set up twice. */
    void assertNothingLostOrDoubled() {
        assertThat(workload.failures()).as("sign-ups").isEmpty();
        assertThat(whileDown.wrong()).as("answers while down").isEmpty();
        assertThat(afterStart.wrong()).as("answers after the start").isEmpty();
        assertThat(workload.answers().wrong()).as("sign-up answers").isEmpty();
        assertThat(households).hasSizeGreaterThanOrEqualTo(workload.households().size());
        assertThat(tally.lost()).as("lost").isZero();
        assertThat(tally.doubled()).as("applied twice").isZero();
        assertThat(deadLettered).as("events dead-lettered during the outage").isEmpty();
        assertThat(tally.choresPerHousehold()).hasSize(households.size()).containsOnly(tally.choresPerHousehold().get(0));
        // One HouseholdCreated per household, the rest MemberJoined: one member row each.
        assertThat(tally.memberRows()).isEqualTo(tally.committed().size() - households.size());
    }
}
