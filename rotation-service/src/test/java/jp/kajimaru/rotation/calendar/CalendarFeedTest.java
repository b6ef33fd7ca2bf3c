package jp.kajimaru.rotation.calendar;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The private feed URL and the feed itself, on the module's real stack. */
class CalendarFeedTest extends RotationApiTest {

    @Test
    void aMembersFeedShowsTheirTasksFollowsMovesAndANewUrlRevokesTheOldOne() throws Exception {
        UUID household = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID max = UUID.randomUUID();
        announce(household, "en", List.of(new Person(ann, "Ann", MemberRole.ADMIN), new Person(max, "Max", MemberRole.MEMBER)));
        awaitRoster(household, 2);
        String annToken = tokens.token(household, ann, "ADMIN");

        HttpResponse<String> created = call("POST", "/api/rotation/calendar-feed", annToken, null);
        assertThat(created.statusCode()).isEqualTo(200);
        String path = JSON.readTree(created.body()).get("path").asString();
        assertThat(path).matches("/api/rotation/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(JSON.readTree(created.body()).get("url").asString()).endsWith(path);
        String token = path.substring("/api/rotation/calendar/".length(), path.length() - ".ics".length());
        assertThat(jdbc.queryForObject("SELECT token_hash FROM calendar_feeds WHERE member_id = ?", String.class, ann.toString()))
                .isEqualTo(CalendarFeed.hash(token)).doesNotContain(token);

        HttpResponse<String> feed = call("GET", path, null, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTAMP:20261130T000000Z");
        List<String> annTasks = jdbc.queryForList("SELECT id FROM tasks WHERE household_id = ? AND assignee_member_id = ?",
                String.class, household.toString(), ann.toString());
        List<String> maxTasks = jdbc.queryForList("SELECT id FROM tasks WHERE household_id = ? AND assignee_member_id = ?",
                String.class, household.toString(), max.toString());
        assertThat(annTasks).isNotEmpty();
        assertThat(maxTasks).isNotEmpty();
        assertThat(annTasks).allSatisfy(id -> assertThat(feed.body()).contains("UID:" + id + "@kajimaru"));
        assertThat(maxTasks).allSatisfy(id -> assertThat(feed.body()).doesNotContain(id));

        // One of Max's tasks moves to Ann: her feed has it now.
        String moved = maxTasks.get(0);
        assertThat(call("POST", "/api/tasks/" + moved + "/assignee", annToken, "{\"memberId\":\"" + ann + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(call("GET", path, null, null).body()).contains("UID:" + moved + "@kajimaru");

        // A new URL: the old one is gone.
        String newPath = JSON.readTree(call("POST", "/api/rotation/calendar-feed", annToken, null).body()).get("path").asString();
        assertThat(newPath).isNotEqualTo(path);
        assertThat(call("GET", path, null, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", newPath, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownOrMalformedTokensFindNothingAndCreatingOneNeedsALogin() throws Exception {
        assertThat(call("GET", "/api/rotation/calendar/" + "A".repeat(43) + ".ics", null, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/rotation/calendar/short.ics", null, null).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/rotation/calendar-feed", null, null).statusCode()).isEqualTo(401);
    }
}
