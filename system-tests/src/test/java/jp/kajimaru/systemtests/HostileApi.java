package jp.kajimaru.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shared by {@link CrossHouseholdMatrixIT} and {@link RoleMatrixIT}: every operation of every service as its
 * OpenAPI document (read through the gateway) declares it, one household built through the API with one resource
 * of every kind, and sessions for every role (password logins and member sessions on a registered shared device).
 * Each IT talks from its own loopback address, so the gateway's per-client limits (login, PIN) are its own.
 */
final class HostileApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> SERVICES = List.of("user", "rotation", "inventory", "shopping", "notification", "weather");
    static final String PASSWORD = "correct horse battery";
    /** The week the stack's clock starts in (RunningStack.STACK_CLOCK_START) and the next. */
    static final String TASK_WINDOW = "from=2026-11-23&to=2026-12-13";

    private HostileApi() {
    }

    /** One operation of a service's OpenAPI document; {@link #key()} ("METHOD /path/{var}") names it in the tables. */
    record Op(String service, String method, String path, String operationId) {
        String key() {
            return method + " " + path;
        }

        boolean takesPathId() {
            return path.contains("{");
        }

        @Override
        public String toString() {
            return service + ":" + key() + " (" + operationId + ")";
        }
    }

    /** Every service's OpenAPI document, read through the gateway. */
    static Map<String, JsonNode> documents(String host) throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (String service : SERVICES) {
            HttpResponse<String> r = send(host, "GET", "/v3/api-docs/" + service, null, null);
            assertThat(r.statusCode()).as("OpenAPI document of " + service).isEqualTo(200);
            docs.put(service, JSON.readTree(r.body()));
        }
        return docs;
    }

    static List<Op> operations(String host) throws Exception {
        return operations(documents(host));
    }

    static List<Op> operations(Map<String, JsonNode> documents) {
        List<Op> ops = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode paths = documents.get(service).get("paths");
            assertThat(paths).as("paths of " + service).isNotNull();
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    String method = op.getKey().toUpperCase();
                    if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        JsonNode id = op.getValue().get("operationId");
                        ops.add(new Op(service, method, path.getKey(), id == null ? "?" : id.asString()));
                    }
                }
            }
        }
        assertThat(ops).as("operations in the OpenAPI documents").hasSizeGreaterThan(40);
        return ops;
    }

    // ---------------------------------------------------------------- HTTP

    static HttpResponse<String> send(String host, String method, String path, String token, String json) throws Exception {
        return send(host, method, path, token, json, Map.of());
    }

    static HttpResponse<String> send(String host, String method, String path, String token, String json,
                                     Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + ":8080" + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        SecretScan.cookies(r.headers().allValues("set-cookie"));
        SecretScan.response(r.body());
        return r;
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> expect(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.request().uri() + " → " + r.body()).isEqualTo(status);
        return r;
    }

    static String cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + r.headers()));
    }

    /** The elements of a list response (a bare array, or a page with an array field). */
    static List<JsonNode> elements(JsonNode body) {
        JsonNode array = body;
        if (!body.isArray()) {
            array = null;
            for (Map.Entry<String, JsonNode> f : body.properties()) {
                if (f.getValue().isArray()) {
                    array = f.getValue();
                    break;
                }
            }
        }
        List<JsonNode> out = new ArrayList<>();
        if (array != null) {
            array.forEach(out::add);
        }
        return out;
    }

    // ---------------------------------------------------------------- roles

    /** Who calls: a password login or a member session on the household's shared device. */
    record Session(String name, String role, boolean onDevice, String token, UUID memberId) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What a resource is in the tests: its id and how its owner reads it back ("" = not readable on its own). */
    record Resource(String kind, String id, String readPath, String listPath) {
        /**
         * The resource as its household sees it now (for "nothing changed"): the whole answer of each of the
         * "|"-separated {@code readPath}s (what an attack on it could also add to), and its element of {@code listPath}.
         */
        String read(String host, String token) throws Exception {
            StringBuilder out = new StringBuilder();
            if (readPath != null) {
                for (String path : readPath.split("\\|")) {
                    HttpResponse<String> r = send(host, "GET", path, token, null);
                    out.append(r.statusCode() == 200 ? JSON.readTree(r.body()).toString() : "<status " + r.statusCode() + ">");
                }
            }
            if (listPath != null) {
                HttpResponse<String> r = send(host, "GET", listPath, token, null);
                out.append(r.statusCode() != 200 ? "<status " + r.statusCode() + ">"
                        : elements(JSON.readTree(r.body())).stream().filter(e -> e.has("id") && id.equals(e.get("id").asString()))
                        .findFirst().map(JsonNode::toString).orElse("<absent>"));
            }
            return out.toString();
        }
    }

    /**
     * A household made through the API: its founding admin, a member and a child with their own logins, PINs for
     * all three, a registered shared device with member sessions on it, and one resource of every kind.
     */
    static final class Household {
        final String host;
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final Map<String, Session> sessions = new LinkedHashMap<>();
        final Map<String, Resource> resources = new LinkedHashMap<>();
        String adminToken;
        UUID adminMemberId;
        String deviceCookie;

        Household(String host) {
            this.host = host;
        }

        Session admin() {
            return sessions.get("admin");
        }

        String id(String kind) {
            return resources.get(kind).id();
        }

        Household signUp() throws Exception {
            JsonNode s = json(expect(send(host, "POST", "/api/auth/signup", null, "{\"email\":\"hx-" + tag
                    + "-a@example.com\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Admin\",\"householdName\":\"HX "
                    + tag + "\"}"), 201));
            adminToken = s.get("accessToken").asString();
            adminMemberId = UUID.fromString(s.get("memberId").asString());
            sessions.put("admin", new Session("admin", "ADMIN", false, adminToken, adminMemberId));
            return this;
        }

        /** Member and child with logins; PINs; a shared device with admin, member and child sessions on it. */
        Household withRoles() throws Exception {
            for (String role : List.of("MEMBER", "CHILD")) {
                String name = role.toLowerCase();
                String email = "hx-" + tag + "-" + name + "@example.com";
                JsonNode m = json(expect(post("/api/members", adminToken, "{\"displayName\":\"" + name + "-" + tag
                        + "\",\"role\":\"" + role + "\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"), 201));
                UUID memberId = UUID.fromString(m.get("id").asString());
                JsonNode login = json(expect(pastRateLimit(() -> post("/api/auth/login", null, "{\"email\":\"" + email
                        + "\",\"password\":\"" + PASSWORD + "\"}")), 200));
                assertThat(login.get("role").asString()).isEqualTo(role);
                sessions.put(name, new Session(name, role, false, login.get("accessToken").asString(), memberId));
            }
            HttpResponse<String> device = expect(post("/api/devices", adminToken, "{\"name\":\"Kitchen " + tag + "\"}"), 201);
            deviceCookie = cookie(device, "KJ_DEV");
            resources.put("ownDevice", new Resource("device", json(device).get("id").asString(), null, "/api/devices"));
            for (Session s : List.copyOf(sessions.values())) {
                expect(post("/api/members/" + s.memberId() + "/pin", adminToken, "{\"pin\":\"4321\"}"), 204);
                HttpResponse<String> r = pastRateLimit(() -> send(host, "POST", "/api/devices/current/sessions", null,
                        "{\"memberId\":\"" + s.memberId() + "\",\"pin\":\"4321\"}", deviceHeaders()));
                JsonNode body = json(expect(r, 200));
                assertThat(body.get("role").asString()).isEqualTo(s.role());
                sessions.put("device-" + s.name(), new Session("device-" + s.name(), s.role(), true,
                        body.get("accessToken").asString(), s.memberId()));
            }
            return this;
        }

        Map<String, String> deviceHeaders() {
            // Double-submit CSRF: any value works as long as cookie and header agree.
            return Map.of("Cookie", "KJ_DEV=" + deviceCookie + "; XSRF-TOKEN=hx" + tag, "X-XSRF-TOKEN", "hx" + tag);
        }

        HttpResponse<String> post(String path, String token, String body) throws Exception {
            return send(host, "POST", path, token, body);
        }

        /**
         * The gateway limits logins and PIN entries per client address, and every test's socket comes from 127.0.0.1
         * whatever loopback address it connects to: after another test's guessing, wait out the window (a minute at
         * most) instead of failing on its 429.
         */
        private HttpResponse<String> pastRateLimit(Callable<HttpResponse<String>> call) {
            AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                answer.set(call.call());
                return answer.get().statusCode() != 429;
            });
            return answer.get();
        }

        private JsonNode created(String path, String body) throws Exception {
            HttpResponse<String> r = post(path, adminToken, body);
            assertThat(r.statusCode()).as("POST " + path + " → " + r.body()).isIn(200, 201);
            return json(r);
        }

        private void put(String kind, String id, String readPath, String listPath) {
            resources.put(kind, new Resource(kind, id, readPath, listPath));
        }

        /** One resource of every kind the documents have, made by the admin; waits for the replicas events make. */
        Household withResources() throws Exception {
            String kid = created("/api/members", "{\"displayName\":\"Kid " + tag + "\",\"role\":\"CHILD\"}").get("id").asString();
            put("member", kid, "/api/members/" + kid, null);
            put("invite", created("/api/invites", "{}").get("id").asString(), null, "/api/invites");
            put("device", created("/api/devices", "{\"name\":\"Hall " + tag + "\"}").get("id").asString(), null, "/api/devices");
            HttpResponse<String> sessionsList = expect(send(host, "GET", "/api/auth/sessions", adminToken, null), 200);
            List<JsonNode> loginSessions = elements(json(sessionsList));
            assertThat(loginSessions).as("the admin's login sessions: " + sessionsList.body()).isNotEmpty();
            put("session", loginSessions.get(0).get("id").asString(), null, "/api/auth/sessions");

            // rotation learns of the household and its members over Kafka: its first chores and tasks show it.
            // ignoreExceptions: right after the fuzzer's burst notification-service may still be catching up, and a
            // slow answer (request timeout) is a reason to ask again, not a finding of this matrix.
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> !elements(json(send(host, "GET", "/api/chores", adminToken, null))).isEmpty());
            // Every member joining replans the open tasks (and closes substitute requests whose task moved): wait
            // until rotation's replica has them all, so the resources below stay as they are made.
            List<String> memberIds = elements(json(send(host, "GET", "/api/members", adminToken, null))).stream()
                    .map(m -> m.get("id").asString()).toList();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                HttpResponse<String> d = send(host, "GET", "/api/dashboard", adminToken, null);
                return d.statusCode() == 200 && memberIds.stream()
                        .allMatch(id -> json(d).path("members").toString().contains(id));
            });
            String chore = created("/api/chores", "{\"name\":\"HX chore " + tag + "\",\"weight\":2,\"schedule\":{\"kind\":\"INTERVAL\",\"everyNDays\":1}}")
                    .get("id").asString();
            put("chore", chore, "/api/chores/" + chore, null);
            String tasks = "/api/tasks?" + TASK_WINDOW;
            await().atMost(Duration.ofSeconds(60)).until(() -> elements(json(send(host, "GET", tasks, adminToken, null))).stream()
                    .anyMatch(t -> t.path("assigneeMemberId").asString("").equals(adminMemberId.toString())
                            && "OPEN".equals(t.path("status").asString(""))));
            List<JsonNode> mine = elements(json(send(host, "GET", tasks, adminToken, null))).stream()
                    .filter(t -> t.path("assigneeMemberId").asString("").equals(adminMemberId.toString())
                            && "OPEN".equals(t.path("status").asString("")))
                    .sorted(java.util.Comparator.comparing((JsonNode t) -> t.get("date").asString())).toList();
            put("task", mine.get(0).get("id").asString(), "/api/substitute-requests", tasks);
            put("substituteRequest", created("/api/tasks/" + mine.get(mine.size() - 1).get("id").asString()
                    + "/substitute-requests", "{\"note\":\"HX\"}").get("id").asString(), null, "/api/substitute-requests");

            await().atMost(Duration.ofSeconds(60)).until(() -> send(host, "GET", "/api/shopping/items", adminToken, null).statusCode() == 200
                    && send(host, "GET", "/api/stock/items", adminToken, null).statusCode() == 200);
            String item = created("/api/shopping/items", "{\"name\":\"HX milk " + tag + "\",\"quantity\":1}").get("id").asString();
            put("shoppingItem", item, "/api/shopping/items/" + item, null);
            String bought = created("/api/shopping/items", "{\"name\":\"HX eggs " + tag + "\",\"quantity\":1}").get("id").asString();
            expect(send(host, "PUT", "/api/shopping/items/" + bought + "/purchase", adminToken, null), 200);
            put("purchase", bought, "/api/shopping/items", "/api/shopping/history");

            String stock = created("/api/stock/items", "{\"name\":\"HX rice " + tag + "\",\"unit\":\"kg\",\"quantity\":5,\"minimum\":1}")
                    .get("id").asString();
            put("stockItem", stock, "/api/stock/items/" + stock + "|/api/stock/items/" + stock + "/movements", null);
            String equipment = created("/api/equipment", "{\"name\":\"HX boiler " + tag + "\"}").get("id").asString();
            put("equipment", equipment, "/api/equipment/" + equipment + "|/api/equipment/" + equipment + "/maintenance", null);
            put("maintenanceTask", created("/api/equipment/" + equipment + "/maintenance",
                    "{\"name\":\"HX filter " + tag + "\",\"intervalMonths\":6}").get("id").asString(), null,
                    "/api/equipment/" + equipment + "/maintenance");
            // A kind that never fires in these tests: the hook is never called.
            put("webhook", created("/api/notifications/webhooks", "{\"url\":\"https://hooks.example.com/hx-" + tag
                    + "\",\"format\":\"signed-json\",\"kinds\":[\"SHOPPING_REJECTED\"]}").get("id").asString(), null,
                    "/api/notifications/webhooks");
            // The substitute request (and the roster) notify the admin a moment later.
            // ignoreExceptions: right after the fuzzer's burst notification-service may still be catching up, and a
            // slow answer (request timeout) is a reason to ask again, not a finding of this matrix.
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> !elements(json(send(host, "GET", "/api/notifications", adminToken, null))).isEmpty());
            put("notification", elements(json(send(host, "GET", "/api/notifications", adminToken, null))).get(0).get("id").asString(),
                    null, "/api/notifications?size=100");
            return this;
        }

        Map<String, String> snapshot() throws Exception {
            Map<String, String> s = new LinkedHashMap<>();
            for (Resource r : resources.values()) {
                s.put(r.kind() + " " + r.id(), r.read(host, adminToken));
            }
            return s;
        }
    }
}
