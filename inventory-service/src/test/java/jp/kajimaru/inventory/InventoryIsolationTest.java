package jp.kajimaru.inventory;

import java.util.List;
import java.util.Map;

import jp.kajimaru.inventory.support.InventoryApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Household A's admin, household B's ids: every id-taking endpoint answers 404 and B's data stays as it was. */
class InventoryIsolationTest extends InventoryApiTest {

    @Test
    void anotherHouseholdsIdsAreNotFoundAndNothingChanges() throws Exception {
        Caller a = caller("ADMIN");
        Caller b = caller("ADMIN");
        String stock = call("POST", "/api/stock/items", b, Map.of("name", "米", "category", "FOOD", "unit", "kg",
                "quantity", 5, "minimum", 1)).json().get("id").asString();
        String equipment = call("POST", "/api/equipment", b, Map.of("name", "エアコン", "kind", "APPLIANCE"))
                .json().get("id").asString();
        String task = call("POST", "/api/equipment/" + equipment + "/maintenance", b,
                Map.of("name", "フィルター掃除", "intervalMonths", 1)).json().get("id").asString();
        String before = snapshot();

        Map<String, Object> item = Map.of("name", "x", "category", "FOOD", "unit", "kg", "quantity", 0, "minimum", 0);
        record Attempt(String method, String path, Object body) {
        }
        List<Attempt> attempts = List.of(
                new Attempt("GET", "/api/stock/items/" + stock, null),
                new Attempt("PATCH", "/api/stock/items/" + stock, item),
                new Attempt("POST", "/api/stock/items/" + stock + "/consume", Map.of("quantity", 5)),
                new Attempt("POST", "/api/stock/items/" + stock + "/restock", Map.of("quantity", 5)),
                new Attempt("GET", "/api/stock/items/" + stock + "/movements", null),
                new Attempt("DELETE", "/api/stock/items/" + stock, null),
                new Attempt("GET", "/api/equipment/" + equipment, null),
                new Attempt("PATCH", "/api/equipment/" + equipment, Map.of("name", "x", "kind", "FACILITY")),
                new Attempt("GET", "/api/equipment/" + equipment + "/maintenance", null),
                new Attempt("POST", "/api/equipment/" + equipment + "/maintenance", Map.of("name", "x", "intervalDays", 1)),
                new Attempt("POST", "/api/maintenance/" + task + "/done", null),
                new Attempt("PATCH", "/api/maintenance/" + task, Map.of("name", "x", "intervalDays", 1)),
                new Attempt("DELETE", "/api/maintenance/" + task, null),
                new Attempt("DELETE", "/api/equipment/" + equipment, null));
        for (Attempt attempt : attempts) {
            Answer answer = call(attempt.method(), attempt.path(), a, attempt.body());
            assertThat(answer.status()).as(attempt.method() + " " + attempt.path() + ": " + answer.body()).isEqualTo(404);
        }
        assertThat(call("GET", "/api/stock/items", a, null).json().size()).isZero();
        assertThat(call("GET", "/api/equipment", a, null).json().size()).isZero();
        assertThat(call("GET", "/api/maintenance", a, null).json().size()).isZero();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE household_id = ?", Integer.class,
                a.householdId().toString())).isZero();
    }

    private String snapshot() {
        return jdbc.queryForList("SELECT id, name, quantity, minimum, version FROM stock_items ORDER BY id").toString()
                + jdbc.queryForList("SELECT id, kind, name, version FROM equipment ORDER BY id")
                + jdbc.queryForList("SELECT id, name, last_done_on, next_due_on, version FROM maintenance_tasks ORDER BY id")
                + jdbc.queryForList("SELECT COUNT(*) FROM stock_movements");
    }
}
