package jp.kajimaru.servicetesting;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces a household and its members the way user-service does: {@code HouseholdCreated} and one
 * {@code MemberJoined} each, written to the outbox of the service under test in one transaction, so its relay
 * puts them on the user topic and its own consumers replicate them, exactly as in production.
 */
public final class HouseholdFixture {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final TransactionTemplate tx;
    private final OutboxWriter outbox;

    public HouseholdFixture(TransactionTemplate tx, OutboxWriter outbox) {
        this.tx = tx;
        this.outbox = outbox;
    }

    /** A member as user-service announces one; the first person of a household is its creator. */
    public record Person(UUID id, String name, MemberRole role) {

        public static Person admin(String name) {
            return new Person(UUID.randomUUID(), name, MemberRole.ADMIN);
        }

        public static Person member(String name) {
            return new Person(UUID.randomUUID(), name, MemberRole.MEMBER);
        }

        public static Person child(String name) {
            return new Person(UUID.randomUUID(), name, MemberRole.CHILD);
        }
    }

    /** A household in Tokyo speaking {@code locale}. */
    public UUID announce(String locale, List<Person> people) {
        return announce(UUID.randomUUID(), locale, TOKYO, people);
    }

    public UUID announce(UUID household, String locale, ZoneId zone, List<Person> people) {
        tx.executeWithoutResult(status -> {
            created(household, locale, zone, people.get(0).id());
            people.forEach(p -> joined(household, p));
        });
        return household;
    }

    /** Only the household, founded by {@code founder}: a test of what happens before its members arrive. */
    public void announceCreated(UUID household, String locale, ZoneId zone, UUID founder) {
        tx.executeWithoutResult(status -> created(household, locale, zone, founder));
    }

    /** One member joining a household announced before. */
    public void announceJoined(UUID household, Person person) {
        tx.executeWithoutResult(status -> joined(household, person));
    }

    private void created(UUID household, String locale, ZoneId zone, UUID founder) {
        outbox.publish(household.toString(), new HouseholdCreated(household, "Tanaka", zone.getId(), locale,
                new Location("東京", 35.6895, 139.69171), RotationUnit.WEEKLY, false, 15, founder));
    }

    private void joined(UUID household, Person p) {
        outbox.publish(p.id().toString(),
                new MemberJoined(household, p.id(), p.name(), null, p.role(), true, "default", "#E4572E"));
    }
}
