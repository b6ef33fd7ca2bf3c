package jp.kajimaru.systemtests;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kajimaru.systemtests.HostileApi.Household;
import jp.kajimaru.systemtests.HostileApi.Op;
import jp.kajimaru.systemtests.HostileApi.Resource;
import jp.kajimaru.systemtests.HostileApi.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static jp.kajimaru.systemtests.HostileApi.expect;
import static jp.kajimaru.systemtests.HostileApi.json;
import static jp.kajimaru.systemtests.HostileApi.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15, "Hostile input", role matrix: every operation of the OpenAPI documents is classified in
 * {@link #MIN_ROLE} (an unclassified operation fails the test, so a new endpoint must be classified). Within one
 * household, a member and a child — with their own logins and as member sessions on the shared device — get a
 * 403 (or 404) from every admin operation and from the "own resource" operations on someone else's resource, and
 * nothing changes; a device session manages devices and members only when its member is an admin who entered
 * their PIN on it.
 * The device test adds and removes a member, which replans the household's tasks, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleMatrixIT {

    static final String HOST = "127.0.0.32";

    /** Who may call an operation. */
    enum Level {
        /** No member session (sign-up, login, token refresh, joining by invite code, public keys). */
        PUBLIC,
        /** The shared device's own cookie (the family board, a PIN session on it). */
        DEVICE,
        /** Every member of the household, whatever their role. */
        ANY,
        /** A member's own resource (their record, their task, their request) — someone else's only as admin. */
        OWN_OR_ADMIN,
        /** Everyone but a child, who may change only what they added themselves. */
        OWN_IF_CHILD,
        /** Adults: members and admins; children get a 403 (they use and restock, but do not set things up). */
        ADULT,
        /** Admins only (on a shared device: an admin who entered their PIN there). */
        ADMIN
    }

    /** Operation (METHOD path, as in the OpenAPI documents) → minimum role. */
    static final Map<String, Level> MIN_ROLE = new LinkedHashMap<>();

    static {
        // user-service
        level(Level.PUBLIC, "POST /api/auth/signup", "POST /api/auth/login", "POST /api/auth/refresh", "POST /api/auth/logout",
                "POST /api/invites/join", "GET /.well-known/jwks.json", "GET /api/rotation/calendar/{token}.ics");
        level(Level.ANY, "GET /api/auth/me", "GET /api/auth/sessions", "DELETE /api/auth/sessions/{id}",
                "GET /api/households/current", "GET /api/members", "GET /api/members/{id}");
        level(Level.DEVICE, "GET /api/devices/current/board", "POST /api/devices/current/sessions");
        // A child's login is the admins' to manage; a shared device cannot change it either (EmailChangeTest).
        level(Level.ADULT, "PUT /api/auth/email");
        level(Level.OWN_OR_ADMIN, "PATCH /api/members/{id}", "PUT /api/members/{id}/busy", "DELETE /api/members/{id}/busy",
                "POST /api/members/{id}/pin");
        level(Level.ADMIN, "POST /api/members", "DELETE /api/members/{id}", "PATCH /api/households/current",
                "GET /api/invites", "POST /api/invites", "DELETE /api/invites/{id}",
                "GET /api/devices", "POST /api/devices", "DELETE /api/devices/{id}");
        // rotation-service
        level(Level.ANY, "GET /api/chores", "GET /api/chores/{id}", "GET /api/dashboard", "GET /api/rotation/settings",
                "POST /api/rotation/calendar-feed",
                "GET /api/tasks", "POST /api/tasks", "GET /api/tasks/{id}/explanation", "GET /api/substitute-requests",
                "POST /api/substitute-requests/{id}/accept");
        level(Level.OWN_OR_ADMIN, "PUT /api/tasks/{id}/completion", "DELETE /api/tasks/{id}/completion",
                "POST /api/tasks/{taskId}/substitute-requests", "DELETE /api/substitute-requests/{id}");
        level(Level.ADMIN, "POST /api/chores", "PATCH /api/chores/{id}", "DELETE /api/chores/{id}",
                "POST /api/rotation/regenerate", "PATCH /api/rotation/settings", "POST /api/tasks/{id}/assignee");
        // shopping-service
        level(Level.ANY, "GET /api/shopping/items", "GET /api/shopping/items/{id}", "POST /api/shopping/items",
                "PUT /api/shopping/items/{id}/purchase", "DELETE /api/shopping/items/{id}/purchase",
                "GET /api/shopping/history", "POST /api/shopping/history/{id}/buy-again", "GET /api/shopping/settings");
        level(Level.OWN_IF_CHILD, "PATCH /api/shopping/items/{id}", "DELETE /api/shopping/items/{id}");
        level(Level.ADMIN, "PUT /api/shopping/items/{id}/approval", "PUT /api/shopping/settings");
        // inventory-service
        level(Level.ANY, "GET /api/stock/items", "GET /api/stock/items/{id}", "POST /api/stock/items/{id}/consume",
                "POST /api/stock/items/{id}/restock", "GET /api/stock/items/{id}/movements", "GET /api/equipment",
                "GET /api/equipment/{id}", "GET /api/equipment/{id}/maintenance", "GET /api/maintenance",
                "POST /api/maintenance/{id}/done");
        level(Level.ADULT, "POST /api/stock/items", "PATCH /api/stock/items/{id}", "POST /api/equipment",
                "PATCH /api/equipment/{id}", "POST /api/equipment/{id}/maintenance", "PATCH /api/maintenance/{id}");
        level(Level.ADMIN, "DELETE /api/stock/items/{id}", "DELETE /api/equipment/{id}", "DELETE /api/maintenance/{id}");
        // notification-service
        level(Level.ANY, "GET /api/notifications", "GET /api/notifications/unread-count", "POST /api/notifications/{id}/read",
                "POST /api/notifications/read-all", "GET /api/notifications/stream", "GET /api/notifications/preferences",
                "PUT /api/notifications/preferences", "GET /api/notifications/household");
        level(Level.ADMIN, "PUT /api/notifications/household", "GET /api/notifications/deliveries", "GET /api/notifications/webhooks",
                "POST /api/notifications/webhooks", "DELETE /api/notifications/webhooks/{id}",
                "POST /api/notifications/webhooks/{id}/rotate-secret", "POST /api/notifications/webhooks/{id}/test");
        // weather-service
        level(Level.ANY, "GET /api/weather/today");
    }

    /** Bodies for the admin and adult operations without a path id (those with one use the cross-household recipes). */
    static final Map<String, String> ADMIN_BODIES = Map.ofEntries(
            Map.entry("PUT /api/auth/email", "{\"email\":\"denied@example.com\",\"currentPassword\":\"correct horse battery\"}"),
            Map.entry("POST /api/members", "{\"displayName\":\"Denied\",\"role\":\"ADMIN\"}"),
            Map.entry("PATCH /api/households/current", "{\"name\":\"Denied\",\"idleTimeoutMinutes\":1}"),
            Map.entry("POST /api/invites", "{\"role\":\"ADMIN\"}"),
            Map.entry("POST /api/devices", "{\"name\":\"Denied\"}"),
            Map.entry("POST /api/chores", "{\"name\":\"Denied\",\"weight\":1,\"schedule\":{\"kind\":\"INTERVAL\",\"everyNDays\":1}}"),
            Map.entry("PATCH /api/rotation/settings", "{\"defaultDueTime\":\"06:00\"}"),
            Map.entry("PUT /api/shopping/settings", "{\"membersNeedApproval\":true,\"categories\":[\"Denied\"]}"),
            Map.entry("POST /api/notifications/webhooks", "{\"url\":\"https://hooks.example.com/denied\",\"format\":\"slack\"}"),
            Map.entry("PUT /api/notifications/household", "{\"digestTime\":\"05:55\"}"),
            Map.entry("POST /api/stock/items", "{\"name\":\"Denied\",\"unit\":\"kg\",\"quantity\":1,\"minimum\":0}"),
            Map.entry("POST /api/equipment", "{\"name\":\"Denied\"}"));

    /** What the admin and adult operations without a path id could change, read by the admin before and after. */
    static final List<String> HOUSEHOLD_READS = List.of("/api/members", "/api/invites", "/api/devices", "/api/chores",
            "/api/households/current", "/api/rotation/settings", "/api/shopping/settings", "/api/notifications/webhooks",
            "/api/notifications/household",
            "/api/stock/items", "/api/equipment");

    private static void level(Level level, String... ops) {
        for (String op : ops) {
            MIN_ROLE.put(op, level);
        }
    }

    /** Whether the session's role may call the operation on a resource that is not its own. */
    static boolean reachable(String op, Session s) {
        Level level = MIN_ROLE.get(op);
        if (level == null) {
            return false;
        }
        return switch (level) {
            case PUBLIC, DEVICE, ANY -> true;
            case OWN_IF_CHILD, ADULT -> !"CHILD".equals(s.role());
            case OWN_OR_ADMIN, ADMIN -> "ADMIN".equals(s.role());
        };
    }

    static Household h;
    static List<Op> ops;

    @BeforeAll
    static void household() throws Exception {
        RunningStack.get();
        ops = HostileApi.operations(HOST);
        h = new Household(HOST).signUp().withRoles().withResources();
    }

    @Test
    @Order(1)
    void everyOperationIsClassified() {
        List<String> unclassified = ops.stream().filter(op -> !MIN_ROLE.containsKey(op.key())).map(Op::toString).toList();
        assertThat(unclassified).as("operations missing from RoleMatrixIT.MIN_ROLE").isEmpty();
    }

    @Test
    @Order(2)
    void membersChildrenAndTheirDeviceSessionsCannotReachAdminOperations() throws Exception {
        Map<String, String> before = h.snapshot();
        Map<String, String> householdBefore = householdReads();
        List<String> defects = new ArrayList<>();
        int calls = 0;
        for (Op op : ops) {
            Level level = MIN_ROLE.get(op.key());
            if (level != Level.ADMIN && level != Level.OWN_OR_ADMIN && level != Level.OWN_IF_CHILD && level != Level.ADULT) {
                continue;
            }
            String path = op.path();
            String body = ADMIN_BODIES.get(op.key());
            Resource target = null;
            if (op.takesPathId()) {
                CrossHouseholdMatrixIT.Recipe recipe = CrossHouseholdMatrixIT.RECIPES.get(op.key());
                assertThat(recipe).as("recipe for " + op).isNotNull();
                target = h.resources.get(recipe.kind());
                path = path.replaceAll("\\{[^}]+}", target.id());
                body = recipe.body();
            }
            for (Session s : h.sessions.values()) {
                if (reachable(op.key(), s)) {
                    continue;
                }
                String sent = body == null ? null : body.replace("$ME", s.memberId().toString());
                String targetBefore = target == null ? null : target.read(HOST, h.adminToken);
                Map<String, String> listsBefore = target == null ? householdReads() : null;
                HttpResponse<String> r = send(HOST, op.method(), path, s.token(), sent);
                calls++;
                String request = s + ": " + op.method() + " " + path + (sent == null ? "" : " " + sent);
                if (r.statusCode() != 403 && r.statusCode() != 404) {
                    defects.add(request + " → " + r.statusCode() + " (expected 403/404) "
                            + CrossHouseholdMatrixIT.abbreviate(r.body()));
                }
                if (target != null && !target.read(HOST, h.adminToken).equals(targetBefore)) {
                    defects.add(request + " → changed the " + target.kind());
                }
                if (target == null && !householdReads().equals(listsBefore)) {
                    defects.add(request + " → changed the household's lists/settings");
                }
            }
        }
        System.out.printf("[role-matrix] %d refused calls checked%n", calls);
        assertThat(defects).as("calls a member or child could make beyond their role").isEmpty();
        assertThat(calls).isGreaterThan(100);
        assertThat(h.snapshot()).isEqualTo(before);
        assertThat(householdReads()).isEqualTo(householdBefore);
    }

    @Test
    @Order(3)
    void onlyAnAdminsPinSessionOnTheDeviceManagesDevicesAndMembers() throws Exception {
        String spare = json(expect(send(HOST, "POST", "/api/devices", h.adminToken, "{\"name\":\"Spare " + h.tag + "\"}"), 201))
                .get("id").asString();
        for (String name : List.of("device-member", "device-child")) {
            String token = h.sessions.get(name).token();
            assertThat(send(HOST, "GET", "/api/devices", token, null).statusCode()).as(name).isEqualTo(403);
            assertThat(send(HOST, "DELETE", "/api/devices/" + spare, token, null).statusCode()).as(name).isEqualTo(403);
            assertThat(send(HOST, "POST", "/api/members", token, "{\"displayName\":\"By " + name + "\",\"role\":\"MEMBER\"}")
                    .statusCode()).as(name).isEqualTo(403);
        }
        assertThat(send(HOST, "GET", "/api/members", h.adminToken, null).body()).doesNotContain("By device-");
        assertThat(send(HOST, "GET", "/api/devices", h.adminToken, null).body()).contains(spare);

        String deviceAdmin = h.sessions.get("device-admin").token();
        assertThat(send(HOST, "GET", "/api/devices", deviceAdmin, null).body()).contains(spare);
        String added = json(expect(send(HOST, "POST", "/api/members", deviceAdmin,
                "{\"displayName\":\"By device admin " + h.tag + "\",\"role\":\"CHILD\"}"), 201)).get("id").asString();
        expect(send(HOST, "DELETE", "/api/members/" + added, deviceAdmin, null), 204);
        expect(send(HOST, "DELETE", "/api/devices/" + spare, deviceAdmin, null), 204);
        assertThat(send(HOST, "GET", "/api/devices", h.adminToken, null).body()).doesNotContain(spare);
    }

    private static Map<String, String> householdReads() throws Exception {
        Map<String, String> reads = new LinkedHashMap<>();
        for (String path : HOUSEHOLD_READS) {
            HttpResponse<String> r = send(HOST, "GET", path, h.adminToken, null);
            reads.put(path, r.statusCode() + " " + r.body());
        }
        return reads;
    }
}
