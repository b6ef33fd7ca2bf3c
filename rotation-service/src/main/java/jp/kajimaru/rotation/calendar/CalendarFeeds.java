package jp.kajimaru.rotation.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.rotation.household.Household;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.household.Member;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's private iCal feed: a new secret token on each request (the previous one revoked), and the feed itself,
 * opened by the token alone: the member's tasks from a week back to the end of the planned periods.
 */
@Service
public class CalendarFeeds {

    static final int DAYS_BACK = 7;

    private final CalendarFeedRepository feeds;
    private final TaskRepository tasks;
    private final HouseholdReplica replica;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, TaskRepository tasks, HouseholdReplica replica, Clock clock) {
        this.feeds = feeds;
        this.tasks = tasks;
        this.replica = replica;
        this.clock = clock;
    }

    /** The new token (shown once). */
    @Transactional
    public String renew(CurrentMember caller) {
        CalendarFeed feed = feeds.findByMemberIdAndHouseholdId(caller.memberId(), caller.householdId())
                .orElseGet(() -> new CalendarFeed(caller.memberId(), caller.householdId()));
        String token = feed.renew(clock.instant());
        feeds.save(feed);
        return token;
    }

    /** The feed a token opens; an unknown, revoked or malformed token, or a member who left, finds nothing (404). */
    @Transactional(readOnly = true)
    public String ics(String token) {
        if (!CalendarFeed.wellFormed(token)) {
            throw new NotFoundException("Calendar");
        }
        CalendarFeed feed = feeds.findByTokenHash(CalendarFeed.hash(token)).orElseThrow(() -> new NotFoundException("Calendar"));
        Member member = replica.member(feed.householdId(), feed.memberId()).filter(Member::active)
                .orElseThrow(() -> new NotFoundException("Calendar"));
        Household h = replica.household(feed.householdId()).orElseThrow(() -> new NotFoundException("Calendar"));
        LocalDate from = h.today(clock).minusDays(DAYS_BACK);
        var entries = tasks.findByHouseholdIdAndAssigneeMemberIdAndDateGreaterThanEqualOrderByDateAscDueAtAsc(h.id(),
                        member.id(), from).stream()
                .map(t -> new ICalendar.Entry(t.id(), t.choreName(), t.date(), t.dueAt(), t.status() == Task.Status.DONE))
                .toList();
        return ICalendar.of("Kajimaru: " + member.displayName(), h.zone(), clock.instant(), entries);
    }

    /** The path of a token's feed (the gateway serves it under the same path). */
    public static String path(String token) {
        return "/api/rotation/calendar/" + token + ".ics";
    }

}
