package jp.kajimaru.rotation.calendar;

import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/rotation/calendar-feed}: a new private feed URL for the caller (the old one stops working).
 * {@code GET /api/rotation/calendar/{token}.ics}: the feed, without a login (a public path: the token is the key).
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;

    CalendarController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** {@code path} is relative to the site (the UI prefixes its own origin); {@code url} as this request saw it. */
    record FeedUrl(String url, String path) {
    }

    @PostMapping("/api/rotation/calendar-feed")
    FeedUrl renew() {
        String path = CalendarFeeds.path(feeds.renew(CurrentMember.get()));
        return new FeedUrl(ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString(), path);
    }

    @GetMapping("/api/rotation/calendar/{token}.ics")
    ResponseEntity<String> ics(@PathVariable String token) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                .body(feeds.ics(token));
    }
}
