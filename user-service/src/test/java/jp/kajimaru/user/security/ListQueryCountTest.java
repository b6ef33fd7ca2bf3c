package jp.kajimaru.user.security;

import jp.kajimaru.testsupport.TestApi;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the members list and the shared device's board cost the same number of SQL statements for a family of two
 * as for a family of eight (counted by Hibernate's statistics around each request).
 */
class ListQueryCountTest extends FamilyApiTest {

    @Autowired EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void membersListAndDeviceBoardTakeAConstantNumberOfQueries() {
        TestApi admin = family.admin;
        TestApi.Reply registered = admin.post("/api/devices", "{\"name\":\"Kitchen tablet\"}");
        assertThat(registered.status()).isEqualTo(201);
        TestApi device = family.anon.withCookies("KJ_DEV=" + registered.cookie("KJ_DEV").orElseThrow());
        addChild(admin, "Taro");
        // The device's first request records when it was last seen; under the pinned clock later ones change nothing.
        assertThat(device.get("/api/devices/current/board").status()).isEqualTo(200);

        long listForTwo = statements(() -> assertThat(admin.get("/api/members").json().size()).isEqualTo(2));
        long boardForTwo = statements(() -> assertThat(device.get("/api/devices/current/board").json()
                .get("members").size()).isEqualTo(2));

        for (String name : new String[] {"Jiro", "Saburo", "Hanako", "Yuki", "Mio", "Ken"}) {
            addChild(admin, name);
        }
        long listForEight = statements(() -> assertThat(admin.get("/api/members").json().size()).isEqualTo(8));
        long boardForEight = statements(() -> assertThat(device.get("/api/devices/current/board").json()
                .get("members").size()).isEqualTo(8));

        // The list: the caller's membership check and one query for the household's members.
        assertThat(listForEight).isEqualTo(listForTwo).isBetween(1L, 2L);
        // The board: the device by its secret, the household, its members.
        assertThat(boardForEight).isEqualTo(boardForTwo).isBetween(1L, 3L);
    }

    private static void addChild(TestApi admin, String name) {
        TestApi.Reply r = admin.post("/api/members", "{\"displayName\":\"" + name + "\",\"role\":\"CHILD\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private long statements(Runnable request) {
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
