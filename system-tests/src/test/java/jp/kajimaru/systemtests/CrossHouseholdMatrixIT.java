package jp.kajimaru.systemtests;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kajimaru.systemtests.HostileApi.Household;
import jp.kajimaru.systemtests.HostileApi.Op;
import jp.kajimaru.systemtests.HostileApi.Resource;
import jp.kajimaru.systemtests.HostileApi.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15, "Hostile input": every operation of every service's OpenAPI document that takes an id in its path,
 * called by household A — as admin, member, child and as member sessions on A's shared device (admin, member,
 * child) — with household B's real ids. Each answer must be a 404 (a 403 where A's role may not call the operation
 * at all, per {@link RoleMatrixIT#MIN_ROLE}); never 2xx, never 5xx, never B's data in the body; and B's resource
 * (read by B before and after every call) and B's whole set of resources must be unchanged. An operation with a path
 * id that has no {@link #RECIPES recipe} fails the test, so a new endpoint cannot go without this coverage.
 */
class CrossHouseholdMatrixIT {

    static final String HOST = "127.0.0.31";

    /** How to attack one operation: which of B's resources its path id names, and a body that passes validation. */
    record Recipe(String kind, String body) {
    }

    /** Every operation (METHOD path, as in the OpenAPI documents) with a household-scoped id in its path. */
    static final Map<String, Recipe> RECIPES = new LinkedHashMap<>();

    static {
        // user-service
        recipe("GET /api/members/{id}", "member", null);
        recipe("PATCH /api/members/{id}", "member", "{\"nickname\":\"hx\"}");
        recipe("DELETE /api/members/{id}", "member", null);
        recipe("PUT /api/members/{id}/busy", "member", "{}");
        recipe("DELETE /api/members/{id}/busy", "member", null);
        recipe("POST /api/members/{id}/pin", "member", "{\"pin\":\"1111\"}");
        recipe("DELETE /api/invites/{id}", "invite", null);
        recipe("DELETE /api/devices/{id}", "device", null);
        recipe("DELETE /api/auth/sessions/{id}", "session", null);
        // rotation-service
        recipe("GET /api/chores/{id}", "chore", null);
        recipe("PATCH /api/chores/{id}", "chore", "{\"name\":\"hx\",\"weight\":1,\"schedule\":{\"kind\":\"INTERVAL\",\"everyNDays\":2}}");
        recipe("DELETE /api/chores/{id}", "chore", null);
        recipe("PUT /api/tasks/{id}/completion", "task", null);
        recipe("DELETE /api/tasks/{id}/completion", "task", null);
        recipe("POST /api/tasks/{id}/assignee", "task", "{\"memberId\":\"$ME\"}");
        recipe("GET /api/tasks/{id}/explanation", "task", null);
        recipe("POST /api/tasks/{taskId}/substitute-requests", "task", "{\"note\":\"hx\"}");
        recipe("POST /api/substitute-requests/{id}/accept", "substituteRequest", null);
        recipe("DELETE /api/substitute-requests/{id}", "substituteRequest", null);
        // shopping-service
        recipe("GET /api/shopping/items/{id}", "shoppingItem", null);
        recipe("PATCH /api/shopping/items/{id}", "shoppingItem", "{\"name\":\"hx\"}");
        recipe("DELETE /api/shopping/items/{id}", "shoppingItem", null);
        recipe("PUT /api/shopping/items/{id}/purchase", "shoppingItem", null);
        recipe("DELETE /api/shopping/items/{id}/purchase", "purchase", null);
        recipe("PUT /api/shopping/items/{id}/approval", "shoppingItem", "{\"approved\":false,\"reason\":\"hx\"}");
        recipe("POST /api/shopping/history/{id}/buy-again", "purchase", null);
        // inventory-service
        recipe("GET /api/stock/items/{id}", "stockItem", null);
        recipe("PATCH /api/stock/items/{id}", "stockItem", "{\"name\":\"hx\",\"unit\":\"kg\",\"quantity\":0,\"minimum\":0}");
        recipe("DELETE /api/stock/items/{id}", "stockItem", null);
        recipe("POST /api/stock/items/{id}/consume", "stockItem", "{\"quantity\":1}");
        recipe("POST /api/stock/items/{id}/restock", "stockItem", "{\"quantity\":1}");
        recipe("GET /api/stock/items/{id}/movements", "stockItem", null);
        recipe("GET /api/equipment/{id}", "equipment", null);
        recipe("PATCH /api/equipment/{id}", "equipment", "{\"name\":\"hx\"}");
        recipe("DELETE /api/equipment/{id}", "equipment", null);
        recipe("GET /api/equipment/{id}/maintenance", "equipment", null);
        recipe("POST /api/equipment/{id}/maintenance", "equipment", "{\"name\":\"hx\",\"intervalMonths\":1}");
        recipe("POST /api/maintenance/{id}/done", "maintenanceTask", "{}");
        recipe("PATCH /api/maintenance/{id}", "maintenanceTask", "{\"name\":\"hx\",\"intervalMonths\":1}");
        recipe("DELETE /api/maintenance/{id}", "maintenanceTask", null);
        // notification-service
        recipe("POST /api/notifications/{id}/read", "notification", null);
        recipe("DELETE /api/notifications/webhooks/{id}", "webhook", null);
        recipe("POST /api/notifications/webhooks/{id}/rotate-secret", "webhook", null);
        recipe("POST /api/notifications/webhooks/{id}/test", "webhook", null);
    }

    /**
     * Operations with a path variable that is not a household-scoped id, so there is no "other household's id" to
     * try: each is named here with why.
     */
    static final Set<String> NOT_HOUSEHOLD_SCOPED = Set.of(
            // The calendar feed: a public path whose {token} is itself the secret key of one member's feed (no login,
            // no household in the request); a guessed or revoked token is a matter for the token tests, not this matrix.
            "GET /api/rotation/calendar/{token}.ics");

    private static void recipe(String op, String kind, String body) {
        RECIPES.put(op, new Recipe(kind, body));
    }

    static Household a;
    static Household b;
    static List<Op> ops;

    @BeforeAll
    static void households() throws Exception {
        RunningStack.get();
        ops = HostileApi.operations(HOST);
        a = new Household(HOST).signUp().withRoles();
        b = new Household(HOST).signUp().withResources();
    }

    @Test
    void everyOperationWithAPathIdHasARecipe() {
        List<String> uncovered = ops.stream().filter(Op::takesPathId)
                .filter(op -> !RECIPES.containsKey(op.key()) && !NOT_HOUSEHOLD_SCOPED.contains(op.key()))
                .map(Op::toString).toList();
        assertThat(uncovered).as("operations with a path id the cross-household matrix does not cover").isEmpty();
    }

    @Test
    void anotherHouseholdsIdsGive404AndChangeNothingForEveryRole() throws Exception {
        Map<String, String> before = b.snapshot();
        List<String> defects = new ArrayList<>();
        int calls = 0;
        for (Op op : ops) {
            Recipe recipe = RECIPES.get(op.key());
            if (recipe == null) {
                continue; // reported by everyOperationWithAPathIdHasARecipe
            }
            Resource target = b.resources.get(recipe.kind());
            assertThat(target).as("B has a " + recipe.kind()).isNotNull();
            String path = op.path().replaceAll("\\{[^}]+}", target.id());
            for (Session s : a.sessions.values()) {
                String body = recipe.body() == null ? null : recipe.body().replace("$ME", s.memberId().toString());
                String targetBefore = target.read(HOST, b.adminToken);
                HttpResponse<String> r = HostileApi.send(HOST, op.method(), path, s.token(), body);
                calls++;
                String request = s + ": " + op.method() + " " + path + (body == null ? "" : " " + body);
                Set<Integer> allowed = RoleMatrixIT.reachable(op.key(), s) ? Set.of(404) : Set.of(403, 404);
                if (!allowed.contains(r.statusCode())) {
                    defects.add(request + " → " + r.statusCode() + " (expected " + allowed + ") " + abbreviate(r.body()));
                }
                if (r.body().contains(b.tag)) {
                    defects.add(request + " → body shows B's data: " + abbreviate(r.body()));
                }
                String targetAfter = target.read(HOST, b.adminToken);
                if (!targetAfter.equals(targetBefore)) {
                    defects.add(request + " → changed B's " + recipe.kind() + ": " + targetBefore + " ⇒ " + targetAfter);
                }
            }
        }
        System.out.printf("[cross-household] %d calls over %d operations with path ids, %d sessions%n", calls,
                ops.stream().filter(o -> RECIPES.containsKey(o.key())).count(), a.sessions.size());
        assertThat(defects).as("cross-household calls that were not a clean 404 or changed B").isEmpty();
        assertThat(b.snapshot()).as("all of B's resources after the matrix").isEqualTo(before);
    }

    static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
