package jp.kajimaru.shopping.member;

import java.time.Duration;

import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.shopping.support.ShoppingApiTest;
import jp.kajimaru.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * user-service's member events, written through this service's own outbox so they cross the real relay, topic and
 * inbox: a demoted admin's token no longer approves, a removed member's token is refused.
 */
class MemberReplicaTest extends ShoppingApiTest {

    @Autowired OutboxWriter outbox;
    @Autowired TransactionTemplate tx;

    private String role(java.util.UUID member) {
        return jdbc.queryForList("SELECT CONCAT(role, ':', active) FROM members WHERE id = ?", String.class, member.toString())
                .stream().findFirst().orElse("");
    }

    @Test
    void aDemotedAdminCannotApproveAndARemovedMemberIsRefused() throws Exception {
        Family f = Family.create();
        tx.executeWithoutResult(s -> {
            outbox.publish(f.admin().toString(), new MemberJoined(f.household(), f.admin(), "Hana", null, MemberRole.ADMIN,
                    true, "default", "#E4572E"));
            outbox.publish(f.member().toString(), new MemberJoined(f.household(), f.member(), "Ken", null, MemberRole.MEMBER,
                    true, "default", "#E4572E"));
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> role(f.admin()).equals("ADMIN:1") && role(f.member()).equals("MEMBER:1"));
        String pending = json(call("POST", "/api/shopping/items", f.childToken(), "{\"name\":\"candy\"}")).get("id").asString();

        TestClock.shared().advance(Duration.ofMinutes(1));
        tx.executeWithoutResult(s -> {
            outbox.publish(f.admin().toString(), new MemberUpdated(f.household(), f.admin(), "Hana", null, MemberRole.MEMBER,
                    true, "default", "#E4572E"));
            outbox.publish(f.member().toString(), new MemberRemoved(f.household(), f.member()));
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> role(f.admin()).equals("MEMBER:1") && role(f.member()).equals("MEMBER:0"));

        // The token still says ADMIN; the household says otherwise now.
        assertThat(call("PUT", "/api/shopping/items/" + pending + "/approval", f.adminToken(), "{\"approved\":true}").statusCode())
                .isEqualTo(403);
        assertThat(call("PUT", "/api/shopping/settings", f.adminToken(), "{\"membersNeedApproval\":true,\"categories\":[\"x\"]}")
                .statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT status FROM shopping_items WHERE id = ?", String.class, pending)).isEqualTo("PENDING");
        assertThat(call("GET", "/api/shopping/items", f.memberToken(), null).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/shopping/items", f.memberToken(), "{\"name\":\"beer\"}").statusCode()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM shopping_items WHERE household_id = ?", f.household().toString())).isEqualTo(1);
    }
}
