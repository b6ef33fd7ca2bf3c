package jp.kajimaru.user.security;

import java.util.List;
import java.util.UUID;

import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Household A's admin token against every user-service endpoint that takes an id, with household B's
 * ids: always 404 (or 403 where the action itself is not allowed), never B's data, never a change to B.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class HouseholdIsolationTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    TestApi anon;
    TestApi a;
    TestApi b;
    String bMember;
    String bAdmin;
    String bInvite;
    String bDevice;

    @BeforeEach
    void twoHouseholds() {
        anon = TestApi.onLocalPort(port);
        a = anon.as(signup("a").json().get("accessToken").asString());
        TestApi.Reply bSignup = signup("b");
        b = anon.as(bSignup.json().get("accessToken").asString());
        bAdmin = bSignup.json().get("memberId").asString();
        bMember = b.post("/api/members", "{\"displayName\":\"Bkid\",\"role\":\"CHILD\"}").json().get("id").asString();
        bInvite = b.post("/api/invites", "{}").json().get("id").asString();
        bDevice = b.post("/api/devices", "{\"name\":\"kitchen\"}").json().get("id").asString();
    }

    TestApi.Reply signup(String tag) {
        return anon.post("/api/auth/signup", "{\"email\":\"" + tag + "-" + UUID.randomUUID() + "@example.com\","
                + "\"password\":\"correct horse battery\",\"displayName\":\"Admin " + tag + "\",\"householdName\":\"H" + tag + "\"}");
    }

    @Test
    void foreignIdsAnswer404AndChangeNothing() {
        List<TestApi.Reply> replies = List.of(
                a.get("/api/members/" + bMember),
                a.patch("/api/members/" + bMember, "{\"nickname\":\"hacked\"}"),
                a.delete("/api/members/" + bMember),
                a.post("/api/members/" + bMember + "/pin", "{\"pin\":\"0000\"}"),
                a.put("/api/members/" + bMember + "/busy", "{}"),
                a.delete("/api/members/" + bMember + "/busy"),
                a.delete("/api/members/" + bAdmin),
                a.delete("/api/invites/" + bInvite),
                a.delete("/api/devices/" + bDevice),
                a.delete("/api/auth/sessions/" + UUID.randomUUID()));
        assertThat(replies).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(404);
            // The problem echoes the requested path (the caller's own input), nothing of household B.
            assertThat(r.body()).doesNotContain("Bkid").doesNotContain("Admin b").doesNotContain("\"Hb\"")
                    .doesNotContain("kitchen");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE id = ? AND nickname IS NULL AND pin_hash IS NULL "
                + "AND busy_from IS NULL", Integer.class, bMember)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invites WHERE id = ? AND revoked_at IS NULL", Integer.class,
                bInvite)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM devices WHERE id = ? AND revoked_at IS NULL", Integer.class,
                bDevice)).isEqualTo(1);
    }

    @Test
    void listsShowOnlyTheCallersHousehold() {
        assertThat(a.get("/api/members").body()).doesNotContain("Bkid").doesNotContain(bAdmin);
        assertThat(a.get("/api/invites").body()).doesNotContain(bInvite);
        assertThat(a.get("/api/devices").body()).doesNotContain(bDevice);
        assertThat(a.get("/api/households/current").json().get("name").asString()).isEqualTo("Ha");
        a.patch("/api/households/current", "{\"name\":\"Renamed A\"}");
        assertThat(b.get("/api/households/current").json().get("name").asString()).isEqualTo("Hb");
    }

    @Test
    void membersCannotUseAdminActions() {
        String pw = "another long password";
        String email = "member-" + UUID.randomUUID() + "@example.com";
        assertThat(a.post("/api/members", "{\"displayName\":\"Grown\",\"role\":\"MEMBER\",\"email\":\"" + email
                + "\",\"password\":\"" + pw + "\"}").status()).isEqualTo(201);
        TestApi member = anon.as(anon.post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + pw + "\"}")
                .json().get("accessToken").asString());
        assertThat(member.post("/api/members", "{\"displayName\":\"X\",\"role\":\"CHILD\"}").status()).isEqualTo(403);
        assertThat(member.post("/api/invites", "{}").status()).isEqualTo(403);
        assertThat(member.patch("/api/households/current", "{\"name\":\"mine\"}").status()).isEqualTo(403);
        assertThat(member.post("/api/devices", "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(member.get("/api/members").status()).isEqualTo(200);
    }
}
