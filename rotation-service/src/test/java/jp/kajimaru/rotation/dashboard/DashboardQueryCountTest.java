package jp.kajimaru.rotation.dashboard;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/dashboard costs a small, fixed number of SQL statements, however many members and tasks the household has
 * (no N+1). Hibernate counts the statements it prepares; the schedulers stay idle so only the request is counted.
 */
@TestPropertySource(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "kajimaru.rotation.plan-initial-delay=1h", "kajimaru.rotation.overdue-initial-delay=1h"})
class DashboardQueryCountTest extends RotationApiTest {

    @Autowired EntityManagerFactory entityManagers;

    @Test
    void theDashboardCostsTheSameFewStatementsForAFamilyOfTwoAndAFamilyOfFiveWithMoreChores() throws Exception {
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN),
                new Person(UUID.randomUUID(), "Ken", MemberRole.MEMBER)));
        awaitRoster(household, 2);
        String admin = tokens.token(household, hana, "ADMIN");

        Measured small = measure(admin);

        for (String name : List.of("Yuki", "Taro", "Mai")) {
            UUID id = UUID.randomUUID();
            tx.executeWithoutResult(s -> outbox.publish(id.toString(), new MemberJoined(household, id, name, null,
                    MemberRole.MEMBER, true, "default", "#123456")));
        }
        awaitRoster(household, 5);
        for (String chore : List.of("Feed the cat", "Water the plants", "Sort the mail")) {
            assertThat(call("POST", "/api/chores", admin, "{\"name\":\"" + chore + "\",\"weight\":1,"
                    + "\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127}}").statusCode()).isEqualTo(201);
        }
        String someTask = JSON.readTree(call("GET", "/api/dashboard", admin, null).body()).get("todayTasks").get(0)
                .get("id").asString();
        assertThat(call("PUT", "/api/tasks/" + someTask + "/completion", admin, null).statusCode()).isEqualTo(200);

        Measured large = measure(admin);

        assertThat(large.dashboard().get("members").size()).isEqualTo(5);
        assertThat(large.dashboard().get("todayTasks").size())
                .as("more tasks to show").isGreaterThan(small.dashboard().get("todayTasks").size());
        assertThat(large.statements()).as("statements for the larger household").isEqualTo(small.statements());
        assertThat(small.statements()).as("statements per dashboard").isBetween(1L, 10L);
    }

    private record Measured(long statements, JsonNode dashboard) {
    }

    private Measured measure(String token) throws Exception {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        HttpResponse<String> answer = call("GET", "/api/dashboard", token, null);
        long statements = statistics.getPrepareStatementCount();
        assertThat(answer.statusCode()).isEqualTo(200);
        return new Measured(statements, JSON.readTree(answer.body()));
    }
}
