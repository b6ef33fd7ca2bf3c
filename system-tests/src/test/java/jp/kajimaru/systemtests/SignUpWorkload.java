package jp.kajimaru.systemtests;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The steady workload of the fault tests (issue #15): households sign up through the gateway one after the other, each
 * with a second member, so user-service commits HouseholdCreated and two MemberJoined to its outbox, which
 * rotation-service applies through its inbox. {@link #tally} counts both sides from the two schemas directly (the
 * tests' own view; the services never read each other's tables).
 *
 * <p>Strict, every step must succeed at once (a fault that does not touch user-service); or riding out an outage: a
 * step answered 503 (problem+json with Retry-After, recorded in {@link #answers()}) is sent again until it is not,
 * and a retried step may find its first attempt committed after all (409: the e-mail or the member exists).
 */
final class SignUpWorkload implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One household of the workload: its id and its admin's token. */
    record Household(String id, String token) {
    }

    /**
     * Both sides of the pipeline for a set of households.
     *
     * @param committed          event ids of HouseholdCreated and MemberJoined in user-service's outbox
     * @param applied            how many of them rotation's inbox holds (distinct)
     * @param inboxRows          rows of rotation's inbox for them (more than applied: one applied twice)
     * @param choresPerHousehold rotation's chores, per household (a household set up twice has twice the starting chores)
     * @param memberRows         rotation's members of these households
     */
    record Tally(int households, List<String> committed, long applied, long inboxRows, List<Long> choresPerHousehold,
                 long memberRows) {

        long lost() {
            return committed.size() - applied;
        }

        long doubled() {
            return inboxRows - applied;
        }
    }

    private final String householdName;
    private final boolean ridingOutOutages;
    private final List<Household> households = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<String> unknownOutcomes = new CopyOnWriteArrayList<>();
    private final DowntimeAnswers answers = new DowntimeAnswers();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> running;

    private SignUpWorkload(String householdName, boolean ridingOutOutages) {
        this.householdName = householdName;
        this.ridingOutOutages = ridingOutOutages;
        this.running = thread.submit(() -> {
            while (!stop.get()) {
                try {
                    households.add(signUpWithAMember());
                } catch (UnknownOutcome e) {
                    unknownOutcomes.add(e.getMessage());
                } catch (Exception | AssertionError e) {
                    failures.add(e.toString());
                }
            }
        });
    }

    /** Every step must succeed at once. */
    static SignUpWorkload strict(String householdName) {
        return new SignUpWorkload(householdName, false);
    }

    /** Steps answered 503 are sent again; the households are named {@code householdName} (≤ 50 characters). */
    static SignUpWorkload ridingOutOutages(String householdName) {
        return new SignUpWorkload(householdName, true);
    }

    List<Household> households() {
        return List.copyOf(households);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Steps answered 503 whose retry found them committed after all (409); the household is counted from the schema. */
    List<String> unknownOutcomes() {
        return List.copyOf(unknownOutcomes);
    }

    /** The workload's own answers (riding out outages only). */
    DowntimeAnswers answers() {
        return answers;
    }

    String householdName() {
        return householdName;
    }

    /** Waits until at least {@code count} households have signed up, or a step failed. */
    void awaitHouseholds(int count, Duration atMost) {
        await().atMost(atMost).until(() -> households.size() >= count || !failures.isEmpty());
    }

    /** Lets the sign-up under way finish, then stops. */
    void stop() throws Exception {
        stop.set(true);
        running.get(120, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        stop.set(true);
        thread.shutdown();
        assertThat(thread.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
    }

    /** A household signed up, and a second member added: HouseholdCreated and two MemberJoined in user's outbox. */
    private Household signUpWithAMember() throws Exception {
        HttpResponse<String> signup = step("POST", "/api/auth/signup", null, "{\"email\":\"fault-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"" + StackSignUp.PASSWORD + "\",\"displayName\":\"Hana\",\"householdName\":\""
                + householdName + "\"}", 201);
        String token = JSON.readTree(signup.body()).get("accessToken").asString();
        step("POST", "/api/members", token, "{\"displayName\":\"Ken\",\"role\":\"MEMBER\"}", 201);
        HttpResponse<String> household = step("GET", "/api/households/current", token, null, 200);
        return new Household(JSON.readTree(household.body()).get("id").asString(), token);
    }

    private HttpResponse<String> step(String method, String path, String token, String json, int expected) throws Exception {
        if (!ridingOutOutages) {
            HttpResponse<String> r = HostileApi.send("127.0.0.1", method, path, token, json);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
            return r;
        }
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        AtomicBoolean retried = new AtomicBoolean();
        await().atMost(Duration.ofMinutes(3)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> r = HostileApi.send("127.0.0.1", method, path, token, json);
            last.set(r);
            if (r.statusCode() == 503) {
                answers.record(r);
                retried.set(true);
                return false;
            }
            // A 409 after a 503 is no wrong answer but an unknown outcome (below): the database committed the first
            // attempt and went away before saying so (seen when mysqld was SIGKILLed).
            if (!(retried.get() && r.statusCode() == 409)) {
                answers.record(r);
            }
            return true;
        });
        HttpResponse<String> r = last.get();
        if (retried.get() && r.statusCode() == 409) {
            // The attempt answered 503 was committed after all: the household or member exists. Counted from the schema.
            throw new UnknownOutcome(method + " " + path + ": 409 after a 503");
        }
        assertThat(r.statusCode()).as(method + " " + path + " → " + r.body()).isEqualTo(expected);
        return r;
    }

    private static final class UnknownOutcome extends Exception {
        UnknownOutcome(String message) {
            super(message);
        }
    }

    /** Households whose name the workload gave, found in user-service's schema (those whose answer was lost too). */
    static List<String> householdsNamed(String name) throws Exception {
        try (Connection db = database()) {
            return strings(db, "SELECT id FROM kajimaru_user.households WHERE name = '" + name.replace("'", "''") + "'");
        }
    }

    /**
     * Waits (up to {@code atMost}) until rotation's inbox holds every event committed for these households, then counts
     * both sides; a shortfall after the wait shows as {@link Tally#lost()}.
     */
    static Tally tally(Collection<String> householdIds, Duration atMost) throws Exception {
        String in = quoted(householdIds);
        try (Connection db = database()) {
            List<String> committed = strings(db, "SELECT event_id FROM kajimaru_user.outbox WHERE household_id IN (" + in
                    + ") AND event_type IN ('HouseholdCreated','MemberJoined')");
            String events = quoted(committed);
            String applied = "SELECT COUNT(DISTINCT event_id) FROM kajimaru_rotation.inbox WHERE event_id IN (" + events + ")";
            try {
                await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> count(db, applied) == committed.size());
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // Reported below as lost.
            }
            return new Tally(householdIds.size(), committed, count(db, applied),
                    count(db, "SELECT COUNT(*) FROM kajimaru_rotation.inbox WHERE event_id IN (" + events + ")"),
                    strings(db, "SELECT COUNT(*) FROM kajimaru_rotation.chores WHERE household_id IN (" + in
                            + ") GROUP BY household_id").stream().map(Long::parseLong).toList(),
                    count(db, "SELECT COUNT(*) FROM kajimaru_rotation.members WHERE household_id IN (" + in + ")"));
        }
    }

    /** Whether rotation's inbox holds every event user's outbox has for these households, right now. */
    static boolean allApplied(Collection<String> householdIds) throws Exception {
        try (Connection db = database()) {
            String committed = "SELECT event_id FROM kajimaru_user.outbox WHERE household_id IN (" + quoted(householdIds)
                    + ") AND event_type IN ('HouseholdCreated','MemberJoined')";
            return count(db, "SELECT COUNT(DISTINCT event_id) FROM kajimaru_rotation.inbox WHERE event_id IN (" + committed + ")")
                    == count(db, "SELECT COUNT(*) FROM (" + committed + ") c");
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://" + RunningStack.databaseAddress() + "/?user=root");
    }

    private static String quoted(Collection<String> values) {
        return values.isEmpty() ? "''" : values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(","));
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

    private static long count(Connection db, String sql) throws Exception {
        return Long.parseLong(strings(db, sql).get(0));
    }
}
