package jp.kajimaru.notification.events;

import java.time.Duration;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.notification.support.NotificationApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through the real broker: MemberUpdated.email (ADR 0014) reaches the member replica, so a member whose MemberJoined
 * carried no address (written before ADR 0009) gets e-mail at their login's address; an update from a producer that
 * predates the field (no address) keeps the address the replica knows.
 */
class MemberEmailReplicaTest extends NotificationApiTest {

    @Autowired OutboxWriter outbox;
    @Autowired TransactionTemplate tx;

    private final Person hana = Person.of("花子", MemberRole.ADMIN);
    private final UUID household = UUID.randomUUID();

    @Test
    void anAddressOnMemberUpdatedReachesTheReplicaAndAnUpdateWithoutOneKeepsIt() throws Exception {
        // Joined as user-service wrote it before ADR 0009: no address.
        publish(household.toString(), new HouseholdCreated(household, "Tanaka", "Asia/Tokyo", "ja",
                new Location("東京", 35.6895, 139.69171), RotationUnit.WEEKLY, false, 15, hana.id()));
        publish(hana.id().toString(), new MemberJoined(household, hana.id(), hana.name(), null, MemberRole.ADMIN, true,
                "default", "#000000"));
        await().atMost(Duration.ofSeconds(60)).until(() -> displayName() != null);
        assertThat(accountEmail()).isNull();

        publish(hana.id().toString(), new MemberUpdated(household, hana.id(), hana.name(), "はな", MemberRole.ADMIN, true,
                "default", "#000000", "hana@example.jp"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "hana@example.jp".equals(accountEmail()));

        // An update as a producer from before the field writes it: the new name is applied, the address stays.
        publish(hana.id().toString(), new MemberUpdated(household, hana.id(), "花子さん", null, MemberRole.ADMIN, true,
                "default", "#000000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "花子さん".equals(displayName()));
        assertThat(accountEmail()).isEqualTo("hana@example.jp");
        assertThat(jdbc.queryForObject("SELECT email FROM members WHERE id = ?", String.class, hana.id().toString()))
                .isEqualTo("hana@example.jp");
    }

    /** Written to the outbox and committed, as user-service does; the relay takes it to the broker. */
    private void publish(String aggregateId, DomainEvent event) {
        tx.executeWithoutResult(s -> outbox.publish(aggregateId, event));
    }

    private String displayName() {
        return jdbc.queryForList("SELECT display_name FROM members WHERE id = ?", String.class, hana.id().toString())
                .stream().findFirst().orElse(null);
    }

    private String accountEmail() throws Exception {
        var email = json(call("GET", "/api/notifications/preferences", token(household, hana), null)).get("accountEmail");
        return email == null || email.isNull() ? null : email.asString();
    }
}
