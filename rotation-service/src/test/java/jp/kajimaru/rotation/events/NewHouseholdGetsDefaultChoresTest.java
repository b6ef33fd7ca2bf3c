package jp.kajimaru.rotation.events;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** HouseholdCreated arrives over Kafka and the household gets its chores, visible only with that household's token. */
class NewHouseholdGetsDefaultChoresTest extends RotationApiTest {

    @Test
    void aNewHouseholdSeesItsElevenChoresAndNobodyElseDoes() throws Exception {
        UUID household = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        List<Person> family = List.of(new Person(admin, "Hana", MemberRole.ADMIN));
        announce(household, "ja", family);
        // Delivered twice (e.g. a relay crash before its offset was stored): still eleven chores.
        announce(household, "ja", family);

        await().atMost(Duration.ofSeconds(60)).until(() -> choreCount(household) >= 11);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM members WHERE household_id = ?", Integer.class, household.toString()) == 1);
        assertThat(choreCount(household)).isEqualTo(11);

        HttpResponse<String> mine = call("GET", "/api/chores", tokens.token(household, admin, "ADMIN"), null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("朝食・お弁当づくり", "全部屋掃除").contains(household.toString());

        HttpResponse<String> stranger = call("GET", "/api/chores", tokens.token(UUID.randomUUID(), UUID.randomUUID(), "ADMIN"), null);
        assertThat(stranger.statusCode()).isEqualTo(200);
        assertThat(stranger.body()).isEqualTo("[]");
    }

    @Test
    void badTokensAreRefused() throws Exception {
        UUID household = UUID.randomUUID();
        assertThat(call("GET", "/api/chores", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/chores", tokens.expiredToken(household, UUID.randomUUID(), "ADMIN"), null).statusCode())
                .isEqualTo(401);
        assertThat(call("GET", "/api/chores", tokens.forgedToken(household, UUID.randomUUID(), "ADMIN"), null).statusCode())
                .isEqualTo(401);
        String valid = tokens.token(household, UUID.randomUUID(), "ADMIN");
        String tampered = valid.substring(0, valid.lastIndexOf('.') - 4) + "AAAA" + valid.substring(valid.lastIndexOf('.'));
        assertThat(call("GET", "/api/chores", tampered, null).statusCode()).isEqualTo(401);
    }

    private int choreCount(UUID household) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM chores WHERE household_id = ?", Integer.class, household.toString());
    }
}
