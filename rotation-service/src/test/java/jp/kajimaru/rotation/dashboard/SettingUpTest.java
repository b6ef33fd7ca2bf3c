package jp.kajimaru.rotation.dashboard;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import jp.kajimaru.servicetesting.HouseholdFixture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Between sign-up and its HouseholdCreated and its founder's MemberJoined arriving here, the household's screens say
 * "setting up your household" (202, problem+json code householdSettingUp, ask again in a second) instead of 404
 * "Household not found" or a roster without anybody on it.
 */
class SettingUpTest extends RotationApiTest {

    @Test
    void aHouseholdWhoseCreationHasNotArrivedYetIsBeingSetUpAndThenHasItsDashboard() throws Exception {
        UUID household = UUID.randomUUID();
        UUID founder = UUID.randomUUID();
        String token = tokens.token(household, founder, "ADMIN");

        for (String path : List.of("/api/dashboard", "/api/rotation/settings")) {
            HttpResponse<String> early = call("GET", path, token, null);
            assertThat(early.statusCode()).as(path).isEqualTo(202);
            assertThat(early.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(early.headers().firstValue("Retry-After")).as(path).contains("1");
            JsonNode problem = JSON.readTree(early.body());
            assertThat(problem.get("code").asString()).as(path).isEqualTo("householdSettingUp");
            assertThat(problem.get("status").asInt()).as(path).isEqualTo(202);
        }

        announce(household, "ja", List.of(new Person(founder, "Hana", MemberRole.ADMIN)));
        awaitRoster(household, 1);

        HttpResponse<String> ready = call("GET", "/api/dashboard", token, null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("myTasksToday").size()).isPositive();
    }

    @Test
    void aHouseholdWhoseFounderHasNotArrivedYetIsStillBeingSetUpWithNoRosterWithoutAssignees() throws Exception {
        UUID household = UUID.randomUUID();
        UUID founder = UUID.randomUUID();
        String token = tokens.token(household, founder, "ADMIN");
        HouseholdFixture fixture = new HouseholdFixture(tx, outbox);
        fixture.announceCreated(household, "ja", TOKYO, founder);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM chores WHERE household_id = ?", Integer.class, household.toString()) > 0);

        HttpResponse<String> waiting = call("GET", "/api/dashboard", token, null);
        assertThat(waiting.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(waiting.body()).get("code").asString()).isEqualTo("householdSettingUp");
        // The week is planned once its founder is known, not before without anybody.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ?", Integer.class,
                household.toString())).isZero();

        fixture.announceJoined(household, new HouseholdFixture.Person(founder, "Hana", MemberRole.ADMIN));
        awaitRoster(household, 1);
        HttpResponse<String> ready = call("GET", "/api/dashboard", token, null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("myTasksToday").size()).isPositive();
    }
}
