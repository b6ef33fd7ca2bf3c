package jp.kajimaru.rotation.calendar;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Calendar feeds: a member's within their household, or (the feed's only unscoped read) the one a token opens. */
public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, UUID> {

    Optional<CalendarFeed> findByMemberIdAndHouseholdId(UUID memberId, UUID householdId);

    /** The token is the key: it names its household and member. */
    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
