package jp.kajimaru.user.security;

import java.util.List;
import java.util.Locale;

import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.user.MemberUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every MemberUpdated user-service writes to its outbox carries the member's login address (ADR 0014), as stored
 * (normalised), so notification-service's replica knows where to send e-mail; a member without a login has none.
 */
class MemberUpdatedEmailTest extends FamilyApiTest {

    private final EventJson json = new EventJson();

    @Test
    void aProfileChangeAnnouncesTheLoginAddressAndAMemberWithoutLoginNone() {
        String typed = "Ken." + Family.newEmail().toUpperCase(Locale.ROOT);
        String ken = family.addMemberWithLogin("Ken", "MEMBER", typed, "another long password");
        String kid = family.admin.post("/api/members", "{\"displayName\":\"Mio\",\"role\":\"CHILD\"}").json().get("id").asString();

        assertThat(family.admin.patch("/api/members/" + ken, "{\"nickname\":\"けんちゃん\"}").status()).isEqualTo(200);
        assertThat(family.admin.patch("/api/members/" + family.memberId(), "{\"colour\":\"#112233\"}").status()).isEqualTo(200);
        assertThat(family.admin.patch("/api/members/" + kid, "{\"nickname\":\"みおちゃん\"}").status()).isEqualTo(200);

        MemberUpdated kens = updateOf(ken);
        assertThat(kens.email()).isEqualTo(typed.toLowerCase(Locale.ROOT));
        assertThat(kens.nickname()).isEqualTo("けんちゃん");
        assertThat(kens.hasLogin()).isTrue();
        MemberUpdated admins = updateOf(family.memberId());
        assertThat(admins.email()).isEqualTo(family.email);
        assertThat(admins.colour()).isEqualTo("#112233");
        MemberUpdated kids = updateOf(kid);
        assertThat(kids.email()).isNull();
        assertThat(kids.hasLogin()).isFalse();
    }

    private MemberUpdated updateOf(String memberId) {
        List<String> payloads = jdbc.queryForList("SELECT payload FROM outbox WHERE event_type = 'MemberUpdated' "
                + "AND aggregate_id = ? ORDER BY seq", String.class, memberId);
        assertThat(payloads).hasSize(1);
        return json.read(payloads.get(0), MemberUpdated.class);
    }
}
