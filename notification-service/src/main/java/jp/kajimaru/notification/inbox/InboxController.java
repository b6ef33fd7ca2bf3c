package jp.kajimaru.notification.inbox;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's in-app inbox and its live stream; the household and member come from the token. */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

    private final InboxService inbox;
    private final SseHub hub;

    InboxController(InboxService inbox, SseHub hub) {
        this.inbox = inbox;
        this.hub = hub;
    }

    @GetMapping
    InboxPage list(@RequestParam(defaultValue = "false") boolean unread,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return inbox.list(CurrentMember.get(), unread, page, size);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("count", inbox.unreadCount(CurrentMember.get()));
    }

    @PostMapping("/{id}/read")
    NotificationView read(@PathVariable UUID id) {
        return inbox.markRead(CurrentMember.get(), id);
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll() {
        return Map.of("updated", inbox.markAllRead(CurrentMember.get()));
    }

    /**
     * Server-Sent Events: {@code notification} events (id = the message's seq) with the unread count, heartbeats as
     * comments. A browser reconnecting sends {@code Last-Event-ID} and gets everything it missed.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(name = "lastEventId", required = false) String lastEventIdParam) {
        CurrentMember caller = CurrentMember.get();
        UUID member = InboxService.requireMember(caller);
        return hub.open(caller.householdId(), member, parse(lastEventId != null ? lastEventId : lastEventIdParam));
    }

    private static Long parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(id.strip());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
