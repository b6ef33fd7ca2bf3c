package jp.kajimaru.rotation.support;


import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.servicetesting.HouseholdFixture;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * rotation-service on real infrastructure, with user-service played by a test token issuer and by events
 * written through the same outbox code user-service uses (so they cross the real relay, topic and inbox).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class RotationApiTest {

    // One issuer for every test class in the JVM (the contexts are cached across classes); it ends with the JVM.
    protected static final TestTokens tokens = TestTokens.start();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", tokens::jwksUri);
    }

    @LocalServerPort protected int port;
    @Autowired protected OutboxWriter outbox;
    @Autowired protected TransactionTemplate tx;
    @Autowired protected JdbcTemplate jdbc;

    public record Person(UUID id, String name, MemberRole role) {
    }

    /** Each test starts at the default instant (a Monday, 09:00 in Tokyo) and moves the clock itself. */
    @org.junit.jupiter.api.BeforeEach
    void startAtTheDefaultInstant() {
        clock().reset();
    }

    /** The pinned clock every context of this JVM runs on; a test moves it, never the wall clock. */
    protected static TestClock clock() {
        return TestClock.shared();
    }

    /** Today in Tokyo by the pinned clock. */
    protected static LocalDate today() {
        return LocalDate.now(clock().withZone(TOKYO));
    }

    /** Announces a household in Tokyo and its members the way user-service does. */
    protected void announce(UUID household, String locale, List<Person> people) {
        announce(household, locale, TOKYO, people);
    }

    protected void announce(UUID household, String locale, ZoneId zone, List<Person> people) {
        new HouseholdFixture(tx, outbox).announce(household, locale, zone,
                people.stream().map(p -> new HouseholdFixture.Person(p.id(), p.name(), p.role())).toList());
    }

    /** Waits until the replica has {@code members} members and today's roster (in Tokyo) has an assignee for every task. */
    protected void awaitRoster(UUID household, int members) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE household_id = ?", Integer.class, household.toString()) == members
                && jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ?", Integer.class,
                        household.toString(), today()) > 0
                && jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ? "
                        + "AND assignee_member_id IS NULL", Integer.class, household.toString(), today()) == 0);
    }

    protected HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return TestApi.onLocalPort(port).as(token).send(method, path, json).raw();
    }
}
