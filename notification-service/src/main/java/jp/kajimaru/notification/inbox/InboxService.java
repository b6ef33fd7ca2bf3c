package jp.kajimaru.notification.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own inbox: only their messages in their household, whatever ids they send. */
@Service
public class InboxService {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboxService(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The in-app channel's delivery: the message is listed in its member's inbox; open streams show it after the commit.
     * Runs in the delivery attempt's transaction and leaves it alone when it fails: the failed attempt is recorded there.
     */
    public void list(Notification message) {
        // By id: the delivery attempt has just read it, so the persistence context answers without a query.
        Notification n = notifications.findById(message.id()).filter(m -> m.householdId().equals(message.householdId()))
                .orElseThrow(() -> new NotFoundException("Notification"));
        if (n.list()) {
            events.publishEvent(new NotificationListed(n.householdId(), n.memberId(), n.seq()));
        }
    }

    @Transactional(readOnly = true)
    public InboxPage list(CurrentMember caller, boolean unreadOnly, int page, int size) {
        UUID member = requireMember(caller);
        PageRequest request = PageRequest.of(page, size);
        Page<Notification> found = unreadOnly
                ? notifications.findByHouseholdIdAndMemberIdAndInAppTrueAndReadAtIsNullOrderBySeqDesc(caller.householdId(), member, request)
                : notifications.findByHouseholdIdAndMemberIdAndInAppTrueOrderBySeqDesc(caller.householdId(), member, request);
        return new InboxPage(found.map(NotificationView::of).getContent(), page, size, found.getTotalElements(),
                unreadCount(caller));
    }

    @Transactional(readOnly = true)
    public long unreadCount(CurrentMember caller) {
        return notifications.countByHouseholdIdAndMemberIdAndInAppTrueAndReadAtIsNull(caller.householdId(), requireMember(caller));
    }

    @Transactional
    public NotificationView markRead(CurrentMember caller, UUID id) {
        Notification n = notifications.findByIdAndHouseholdIdAndMemberIdAndInAppTrue(id, caller.householdId(), requireMember(caller))
                .orElseThrow(() -> new NotFoundException("Notification"));
        n.markRead(clock.instant());
        return NotificationView.of(n);
    }

    @Transactional
    public int markAllRead(CurrentMember caller) {
        return notifications.markAllRead(caller.householdId(), requireMember(caller), clock.instant());
    }

    /** Messages after {@code seq}, oldest first, for a stream's replay. */
    @Transactional(readOnly = true)
    public List<NotificationView> after(UUID householdId, UUID memberId, long seq) {
        return notifications.findTop200ByHouseholdIdAndMemberIdAndInAppTrueAndSeqGreaterThanOrderBySeqAsc(householdId, memberId, seq)
                .stream().map(NotificationView::of).toList();
    }

    @Transactional(readOnly = true)
    public long lastSeq(UUID householdId, UUID memberId) {
        return notifications.lastSeq(householdId, memberId);
    }

    @Transactional(readOnly = true)
    public long unreadCount(UUID householdId, UUID memberId) {
        return notifications.countByHouseholdIdAndMemberIdAndInAppTrueAndReadAtIsNull(householdId, memberId);
    }

    static UUID requireMember(CurrentMember caller) {
        if (caller.memberId() == null) {
            throw new NotFoundException("Inbox");
        }
        return caller.memberId();
    }
}
