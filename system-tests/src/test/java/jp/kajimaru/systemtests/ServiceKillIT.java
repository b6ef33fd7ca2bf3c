package jp.kajimaru.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #15, "a consuming service killed mid-stream": while households sign up through the gateway (each
 * HouseholdCreated and MemberJoined goes from user-service's outbox to rotation-service over Kafka), rotation-service
 * is SIGKILLed. The launcher must start it again by itself; meanwhile the gateway answers its routes with 503
 * problem+json and Retry-After (never 500, never a hang); afterwards every event user-service committed for these
 * households is in rotation's inbox exactly once (0 lost, 0 applied twice) and each household was set up once.
 * The test reads both schemas directly to count: that is its own view, the services never do.
 */
class ServiceKillIT {

    static final int VICTIM_PORT = 8082;
    static final String VICTIM = "rotation-service";

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.get();
    }

    @Test
    void rotationServiceKilledMidStreamIsRestartedAndLosesNoEventAndAppliesNoneTwice() throws Exception {
        try (SignUpWorkload workload = SignUpWorkload.strict("Kill")) {
            workload.awaitHouseholds(5, Duration.ofSeconds(60));
            assertThat(workload.failures()).isEmpty();
            SignUpWorkload.Household probe = workload.households().get(0);
            // The first household is set up in rotation: how many chores a new household starts with.
            await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/chores", probe.token()).statusCode() == 200);

            ProcessHandle victim = ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().map(a -> List.of(a).contains("--server.port=" + VICTIM_PORT)).orElse(false))
                    .findFirst().orElseThrow(() -> new AssertionError("no process runs " + VICTIM));
            int outputBefore = RunningStack.get().output().size();
            long killedAt = System.nanoTime();
            assertThat(victim.destroyForcibly()).isTrue();
            victim.onExit().get(10, TimeUnit.SECONDS);

            // Until it is back: every answer for its routes is a 200 or the gateway's 503, nothing else.
            DowntimeAnswers answers = new DowntimeAnswers();
            answers.pollUntilOk("/api/chores", probe.token(), Duration.ofSeconds(180));
            double recoverySeconds = (System.nanoTime() - killedAt) / 1e9;
            Map<Integer, Integer> statuses = answers.histogram();
            assertThat(answers.wrong()).as("answers while " + VICTIM + " was down").isEmpty();
            assertThat(statuses).as("the gateway said 503 while it was down").containsKey(503);
            // The launcher said what happened; its "UP again" may come a moment after the first 200 (it polls the
            // health endpoint, which also waits for Kafka and the database).
            Pattern upAgain = Pattern.compile(VICTIM + "\\s+:" + VICTIM_PORT + "\\s+UP again .*down for ([\\d.]+) s");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> upAgain.matcher(launcherSaid(outputBefore)).find());
            String said = launcherSaid(outputBefore);
            assertThat(said).contains(VICTIM + " died (exit code 137, killed by signal 9 (SIGKILL)); restarting it in 1 s");
            Matcher down = upAgain.matcher(said);
            assertThat(down.find()).isTrue();
            String launcherDownSeconds = down.group(1);

            // A few more sign-ups after the restart, then the workload stops.
            int atRecovery = workload.households().size();
            workload.awaitHouseholds(atRecovery + 5, Duration.ofSeconds(60));
            workload.stop();
            assertThat(workload.failures()).as("sign-ups (user-service never went down)").isEmpty();

            List<String> ids = workload.households().stream().map(SignUpWorkload.Household::id).toList();
            SignUpWorkload.Tally tally = SignUpWorkload.tally(ids, Duration.ofSeconds(90));
            List<String> committed = tally.committed();
            List<Long> choresPerHousehold = tally.choresPerHousehold();
            long memberRows = tally.memberRows();
            long lost = tally.lost();
            long doubled = tally.doubled();
            System.out.printf(java.util.Locale.ROOT, "[faults] %s SIGKILLed: %d households, events committed %d, applied %d,"
                            + " lost %d, applied twice %d; recovery %.1f s to the first 200 through the gateway (launcher: down for %s s);"
                            + " answers while down %s%n", VICTIM, ids.size(),
                    committed.size(), tally.applied(), lost, doubled, recoverySeconds, launcherDownSeconds, statuses);
            // Per household: HouseholdCreated, the admin's MemberJoined and Ken's.
            assertThat(committed).hasSize(ids.size() * 3);
            assertThat(lost).isZero();
            assertThat(doubled).isZero();
            assertThat(choresPerHousehold).hasSize(ids.size()).containsOnly(choresPerHousehold.get(0));
            assertThat(memberRows).isEqualTo(ids.size() * 2L);
        }
    }

    private static String launcherSaid(int fromLine) throws Exception {
        List<String> console = RunningStack.get().output();
        return String.join("\n", console.subList(fromLine, console.size()));
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HostileApi.send("127.0.0.1", "GET", path, token, null);
    }
}
