package jp.kajimaru.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.notification.household.Directory;
import jp.kajimaru.notification.household.Household;
import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.Notification;
import jp.kajimaru.notification.inbox.Notifier;
import jp.kajimaru.notification.message.Kind;
import jp.kajimaru.notification.message.Texts;
import jp.kajimaru.notification.preference.PreferenceService;
import jp.kajimaru.notification.task.OpenTask;
import jp.kajimaru.notification.task.ReminderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digests, once a day per household at its digest time in its zone: each member who chose the digest gets
 * one message summing up the day's messages (written since the previous digest time), and each admin gets the list of
 * overdue tasks. A household's day is claimed by inserting its {@link DigestRun} row, so two replicas send it once;
 * the digest messages carry the day in their dedupe key as a second guard. Digests due while the service was down go
 * out late the same day; a day missed entirely is folded into the next member digest (its period starts at the
 * previous digest time) and the overdue list is current anyway.
 */
@Service
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);
    /** How far back the admins' digest looks for overdue tasks. */
    static final int OVERDUE_DAYS = 7;

    private final Directory directory;
    private final PreferenceService preferences;
    private final Notifier notifier;
    private final ReminderService tasks;
    private final DigestRunRepository runs;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean scheduled;

    DigestService(Directory directory, PreferenceService preferences, Notifier notifier, ReminderService tasks,
                  DigestRunRepository runs, TransactionTemplate tx, Clock clock,
                  @Value("${kajimaru.notifications.digests.enabled:true}") boolean scheduled) {
        this.scheduled = scheduled;
        this.directory = directory;
        this.preferences = preferences;
        this.notifier = notifier;
        this.tasks = tasks;
        this.runs = runs;
        this.tx = tx;
        this.clock = clock;
    }

    /** Every half minute by default (by the injected clock, so a restarted replica catches up at once). */
    @Scheduled(fixedDelayString = "${kajimaru.notifications.digests.poll:PT30S}", initialDelayString = "PT5S")
    void onSchedule() {
        if (!scheduled) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("sending digests failed, trying again on the next round: {}", e.toString());
        }
    }

    /**
     * Sends every household's digests that are due now and were not sent today, one transaction per household.
     *
     * @return how many digest messages were written
     */
    public int sendDue() {
        Instant now = clock.instant();
        int written = 0;
        for (Household h : directory.households()) {
            LocalDate today = now.atZone(h.zone()).toLocalDate();
            Instant due = dueAt(h, today);
            if (now.isBefore(due)) {
                continue;
            }
            try {
                if (runs.existsByHouseholdIdAndDigestDate(h.id(), today)) {
                    continue;
                }
                Integer n = tx.execute(s -> send(h, today, due, now));
                written += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("digests of household {} for {} failed, trying again on the next round: {}", h.id(), today, e.toString());
            }
        }
        return written;
    }

    /** The household's digest time on a local day (a time in a daylight-saving gap moves forward by the gap). */
    static Instant dueAt(Household h, LocalDate day) {
        return ZonedDateTime.of(day, h.digestTime(), h.zone()).toInstant();
    }

    private int send(Household h, LocalDate today, Instant due, Instant now) {
        if (runs.claim(UUID.randomUUID().toString(), h.id().toString(), today.toString(), due, now) == 0) {
            return 0;
        }
        Texts texts = Texts.of(h.language(), h.zone());
        Instant since = dueAt(h, today.minusDays(1));
        List<Member> members = directory.activeMembers(h.id());
        List<Texts.OverdueLine> overdue = tasks.overdue(h.id(), today, OVERDUE_DAYS).stream()
                .filter(t -> t.assigneeMemberId() != null)
                .map(t -> new Texts.OverdueLine(t.choreName(), t.date(), name(members, t))).toList();
        int written = 0;
        for (Member m : members) {
            if (preferences.of(h.id(), m.id()).dailyDigest()) {
                List<String> titles = notifier.digestible(h.id(), m.id(), since, due).stream().map(Notification::title).toList();
                if (!titles.isEmpty() && notifier.send(h.id(), m.id(), Kind.DAILY_DIGEST, texts.dailyDigest(today, titles),
                        "#/notifications", "digest:" + today).isPresent()) {
                    written++;
                }
            }
            if (m.isAdmin() && !overdue.isEmpty() && notifier.send(h.id(), m.id(), Kind.OVERDUE_DIGEST,
                    texts.overdueDigest(today, overdue), "#/dashboard", "overdue-digest:" + today).isPresent()) {
                written++;
            }
        }
        return written;
    }

    private static String name(List<Member> members, OpenTask t) {
        return members.stream().filter(m -> m.id().equals(t.assigneeMemberId())).map(Member::displayName).findFirst().orElse(null);
    }
}
