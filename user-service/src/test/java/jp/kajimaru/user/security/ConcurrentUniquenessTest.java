package jp.kajimaru.user.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests racing for the same unique value: one wins, the other gets the same 409 as when they come one
 * after the other — never a 500 from the database's unique key. Each race repeats, so the window is hit.
 */
class ConcurrentUniquenessTest extends FamilyApiTest {

    static final int ROUNDS = 12;

    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void twoMembersCreatedAtOnceWithTheSameNameGiveOneConflict() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Twin" + round;
            List<TestApi.Reply> replies = race(i -> family.admin.post("/api/members",
                    "{\"displayName\":\"" + (i == 0 ? name : name.toLowerCase()) + "\",\"role\":\"CHILD\"}"));
            assertThat(replies).extracting(TestApi.Reply::status).containsExactlyInAnyOrder(201, 409);
            assertThat(replies).filteredOn(r -> r.status() == 409).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains("\"field\":\"displayName\""));
        }
    }

    @Test
    void twoRenamesAtOnceToTheSameNameGiveOneConflict() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String a = family.admin.post("/api/members", "{\"displayName\":\"A" + round + "\",\"role\":\"CHILD\"}")
                    .json().get("id").asString();
            String b = family.admin.post("/api/members", "{\"displayName\":\"B" + round + "\",\"role\":\"CHILD\"}")
                    .json().get("id").asString();
            String target = "{\"displayName\":\"Same" + round + "\"}";
            List<TestApi.Reply> replies = race(i -> family.admin.patch("/api/members/" + (i == 0 ? a : b), target));
            assertThat(replies).extracting(TestApi.Reply::status).containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void twoSignUpsAndTwoJoinsWithTheSameEmailGiveOneConflict() throws Exception {
        for (int round = 0; round < 4; round++) {
            String email = Family.newEmail();
            List<TestApi.Reply> signups = race(i -> family.anon.post("/api/auth/signup",
                    Family.signupBody(i == 0 ? email : email.toUpperCase(), Family.PASSWORD, "Hana")));
            assertThat(signups).extracting(TestApi.Reply::status).containsExactlyInAnyOrder(201, 409);

            String joiner = Family.newEmail();
            String prefix = "Joiner" + round + "x";
            String code = family.admin.post("/api/invites", "{\"maxUses\":2}").json().get("code").asString();
            List<TestApi.Reply> joins = race(i -> family.anon.post("/api/invites/join",
                    Family.joinBody(code, prefix + i, joiner, Family.PASSWORD)));
            assertThat(joins).extracting(TestApi.Reply::status).containsExactlyInAnyOrder(201, 409);
            family.admin.get("/api/invites").json().forEach(inv ->
                    family.admin.delete("/api/invites/" + inv.get("id").asString()));
        }
    }

    /** Runs two requests that start together; answers both replies. */
    private List<TestApi.Reply> race(IntFunction<TestApi.Reply> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<TestApi.Reply>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int which = i;
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return request.apply(which);
            }));
        }
        List<TestApi.Reply> replies = new ArrayList<>();
        for (Future<TestApi.Reply> f : futures) {
            replies.add(f.get(60, TimeUnit.SECONDS));
        }
        return replies;
    }
}
