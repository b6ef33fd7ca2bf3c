package jp.kajimaru.rotation.chore;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Chore kinds (issue #12): the default chores carry their template's kind, the API shows it, an admin sets or clears it,
 * an edit that does not mention it keeps it, an unknown kind is a field error; households seeded before kinds existed
 * get them from the V9 migration.
 */
class ChoreKindTest extends RotationApiTest {

    @Test
    void defaultChoresCarryTheirKindAndAnAdminSetsKeepsAndClearsIt() throws Exception {
        UUID household = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        announce(household, "en", List.of(new Person(admin, "Hana", MemberRole.ADMIN), new Person(member, "Ken", MemberRole.MEMBER)));
        String adminToken = tokens.token(household, admin, "ADMIN");
        await().atMost(Duration.ofSeconds(60)).until(() -> kindsByName(adminToken).size() == 11);

        Map<String, String> kinds = kindsByName(adminToken);
        assertThat(kinds).containsEntry("Laundry (up to hanging out)", "laundry").containsEntry("Bath cleaning", "bath")
                .containsEntry("Cleaning all rooms", "rooms").containsEntry("Entrance cleaning", "entrance");
        assertThat(kinds.values()).allSatisfy(k -> assertThat(ChoreKinds.ALL).contains(k));

        String body = "{\"name\":\"Air the futons\",\"weight\":2,\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":32}";
        HttpResponse<String> created = call("POST", "/api/chores", adminToken, body + ",\"kind\":\"futon\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        assertThat(JSON.readTree(created.body()).get("kind").asString()).isEqualTo("futon");

        HttpResponse<String> renamed = call("PATCH", "/api/chores/" + id, adminToken, body.replace("Air the futons", "Futons out") + "}");
        assertThat(JSON.readTree(renamed.body()).get("kind").asString()).as("an edit without kind keeps it").isEqualTo("futon");

        HttpResponse<String> unknown = call("PATCH", "/api/chores/" + id, adminToken, body + ",\"kind\":\"sunbathing\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("kind").contains("laundry");

        HttpResponse<String> byMember = call("PATCH", "/api/chores/" + id, tokens.token(household, member, "MEMBER"), body + ",\"kind\":\"rugs\"}");
        assertThat(byMember.statusCode()).isEqualTo(403);

        HttpResponse<String> cleared = call("PATCH", "/api/chores/" + id, adminToken, body + ",\"kind\":\"\"}");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(cleared.body()).get("kind").isNull()).isTrue();
        assertThat(kindsByName(adminToken)).containsEntry("Air the futons", null);
    }

    @Test
    void theMigrationGivesDefaultChoresSeededBeforeKindsTheirTemplatesKind() throws Exception {
        UUID household = UUID.randomUUID();
        insertChore(household, "洗濯（干すまで）", "laundry");
        insertChore(household, "お風呂掃除", "bath");
        insertChore(household, "Water the plants", null);

        jdbc.update(migrationUpdate() + " AND household_id = '" + household + "'");

        assertThat(jdbc.queryForList("SELECT name, kind FROM chores WHERE household_id = ? ORDER BY position",
                household.toString())).extracting(r -> r.get("name") + "=" + r.get("kind"))
                .containsExactly("洗濯（干すまで）=laundry", "お風呂掃除=bath", "Water the plants=null");
    }

    private Map<String, String> kindsByName(String token) throws Exception {
        JsonNode chores = JSON.readTree(call("GET", "/api/chores", token, null).body());
        Map<String, String> kinds = new HashMap<>();
        chores.forEach(c -> kinds.put(c.get("name").asString(), c.get("kind").isNull() ? null : c.get("kind").asString()));
        return kinds;
    }

    private int position;

    private void insertChore(UUID household, String name, String defaultKey) {
        jdbc.update("INSERT INTO chores (id, household_id, name, weight, schedule_kind, weekdays, active, default_key, position,"
                        + " created_at, starts_on, version) VALUES (?, ?, ?, 2, 'WEEKDAYS', 127, TRUE, ?, ?, NOW(6), '2026-11-30', 0)",
                UUID.randomUUID().toString(), household.toString(), name, defaultKey, position++);
    }

    /** The UPDATE of V9 as it ran on the households that existed then. */
    private static String migrationUpdate() throws Exception {
        try (InputStream in = ChoreKindTest.class.getResourceAsStream("/db/migration/V9__chore_kind.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String update = sql.substring(sql.indexOf("UPDATE chores"));
            return update.substring(0, update.indexOf(';'));
        }
    }
}
