package jp.kajimaru.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.systemtests.HostileApi.Op;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static jp.kajimaru.systemtests.HostileApi.JSON;

/**
 * The requests {@link FuzzIT} sends, generated from the services' OpenAPI documents with a fixed seed: for every
 * operation a valid request (path ids of the fuzzer's own household, a body built from the request schema), then
 * that request broken in one place at a time — path ids, query parameters, headers, credentials, the method, the
 * body as a whole (missing, broken JSON, invalid UTF-8, wrong content types) and every body field (missing, null,
 * every wrong type, huge and control-character strings, bad dates, bad and other-household ids, out-of-range
 * numbers, extra fields naming another household) — and finally random combinations of field breakages up to
 * the requested count.
 */
final class FuzzCases {

    /** One request; {@code foreignBodyId} marks a body whose id field names another household's resource. */
    record Case(int n, Op op, String mutation, FuzzHttp.Request request, boolean foreignBodyId) {
        @Override
        public String toString() {
            String body = request.body() == null ? "" : " " + new String(request.body(), 0,
                    Math.min(200, request.body().length), StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
            String path = request.rawPath().length() > 200 ? request.rawPath().substring(0, 200) + "…" : request.rawPath();
            return "#" + n + " [" + mutation + "] " + request.method() + " " + path + body;
        }
    }

    /** What the fuzzer may name: its own household's ids (kind → id), the other household's, and its credentials. */
    record Targets(Map<String, String> own, Map<String, String> foreign, String adminToken, String deviceCookie,
                   String foreignHouseholdId, String tag) {
    }

    static final String PLACEHOLDER = "@@FZ@@";
    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> GENERIC = List.of("null", "12345", "-1.5", "true", "\"fz\"", "[]", "{}",
            "[1,\"a\",null]", "\"" + HUGE + "\"", "\"\\u0000\\u0007\\u001b[2J\\r\\n\\t\\u007f\"",
            "\"\uD835\uDD42\uD83D\uDE00\\u202Eabc\\u200B\"", "\"\\ud800\"", "\"'; DROP TABLE members; --\"",
            "\"<script>alert(1)</script>\"", "{\"a\":{\"b\":{\"c\":{\"d\":[1]}}}}", "\"\"", "\"   \"");
    private static final List<String> BAD_UUIDS = List.of("\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"",
            "\"ffffffff-ffff-ffff-ffff-ffffffffffff\"", "\"123e4567-e89b-12d3-a456-4266141740000\"", "\"{123e4567}\"",
            "42");
    private static final List<String> BAD_DATES = List.of("\"2026-02-30\"", "\"2026-13-01\"", "\"9999999-01-01\"",
            "\"-0001-01-01\"", "\"yesterday\"", "\"2026/12/01\"", "\"2026-12-01T10:00:00Z\"", "20261201");
    private static final List<String> BAD_TIMES = List.of("\"2026-12-01T25:61:00Z\"", "\"2026-12-01\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"2026-12-01T10:00:00+25:00\"", "\"now\"", "1700000000");
    private static final List<String> BAD_NUMBERS = List.of("-1", "0", "2147483648", "-2147483649",
            "9223372036854775808", "1e308", "1e309", "-1e309", "1.5", "0.001", "\"1\"", "99999999999999999999999999999999");
    private static final List<String> BAD_PATH_IDS = List.of("not-a-uuid", "0", "-1", "null", "undefined",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "a".repeat(3000),
            "%27%20OR%201%3D1", "%E2%80%AE", "%ff", "%00", "%2e%2e", "%2F", "x;y=1", "%20", "%7B%7D", "1e309");
    private static final List<String> BAD_QUERY = List.of("", "abc", "-1", "0", "99999999999999999999", "1.5",
            "2026-02-30", "9999-99-99", "%00", "%ff", "x".repeat(3000), "true", "%27%20OR%201%3D1", "%5B%5D");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "text/plain", "text", "application/xml", "xml", "application/x-www-form-urlencoded", "form",
            "multipart/form-data", "multipart", "application/json; charset=ISO-8859-1", "latin1",
            "application/json; charset=bogus", "bogus-charset", "*/*", "wildcard", "application/*", "app-wildcard",
            "application/json-patch+json", "json-patch", "garbage/////", "garbage");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    /** Body fields that name a resource: the kind of resource (own and other household) they take. */
    private static final Map<String, String> ID_FIELDS = Map.of("memberId", "self", "choreId", "chore",
            "stockItemId", "stockItem", "candidateMemberIds", "member");

    private final Map<String, JsonNode> docs;
    private final Targets targets;
    private final Random random;
    private final List<Case> cases = new ArrayList<>();
    /** Per operation with a body: every single-field breakage, as (field, raw value) pairs; the random phase mixes them. */
    private final Map<Op, List<String[]>> fieldBreaks = new LinkedHashMap<>();
    private final Map<Op, ObjectNode> bases = new LinkedHashMap<>();

    private FuzzCases(Map<String, JsonNode> docs, Targets targets, long seed) {
        this.docs = docs;
        this.targets = targets;
        this.random = new Random(seed);
    }

    static List<Case> generate(Map<String, JsonNode> docs, List<Op> ops, Targets targets, long seed, int atLeast) {
        FuzzCases g = new FuzzCases(docs, targets, seed);
        Set<String> paths = new java.util.LinkedHashSet<>();
        for (Op op : ops) {
            g.operation(op);
            paths.add(op.service() + " " + op.path());
        }
        for (String sp : paths) {
            g.wrongMethods(ops, sp);
        }
        List<Op> withBody = new ArrayList<>(g.fieldBreaks.keySet());
        while (g.cases.size() < atLeast && !withBody.isEmpty()) {
            Op op = withBody.get(g.random.nextInt(withBody.size()));
            List<String[]> breaks = g.fieldBreaks.get(op);
            ObjectNode body = g.bases.get(op).deepCopy();
            Map<String, String> raw = new LinkedHashMap<>();
            int k = 2 + g.random.nextInt(2);
            for (int i = 0; i < k; i++) {
                String[] b = breaks.get(g.random.nextInt(breaks.size()));
                raw.put(b[0], b[1]);
            }
            g.add(op, "combo", op.method(), g.path(op, null), g.auth(op), g.json(body, raw), false);
        }
        return g.cases;
    }

    // ---------------------------------------------------------------- per operation

    private void operation(Op op) {
        JsonNode spec = docs.get(op.service()).at("/paths/" + op.path().replace("~", "~0").replace("/", "~1") + "/"
                + op.method().toLowerCase());
        Map<String, String> auth = auth(op);
        String path = path(op, null);
        JsonNode schema = spec.at("/requestBody/content/application~1json/schema");
        ObjectNode base = schema.isMissingNode() ? null : (ObjectNode) valid(op.service(), schema, "");
        if (base != null) {
            base.remove("version");
            overrides(op, base);
        }
        String baseBody = base == null ? null : base.toString();
        add(op, "valid", op.method(), path, auth, baseBody, false);

        // path ids
        if (op.takesPathId()) {
            List<String> ids = new ArrayList<>(BAD_PATH_IDS);
            ids.add(UUID.nameUUIDFromBytes(("fz" + cases.size()).getBytes(StandardCharsets.UTF_8)).toString());
            String foreign = foreignPathId(op);
            if (foreign != null) {
                ids.add(foreign);
            }
            for (String id : ids) {
                add(op, id.equals(foreign) ? "path-id-other-household" : "path-id", op.method(), path(op, id), auth,
                        baseBody, false);
            }
        }
        // query parameters
        for (JsonNode p : spec.path("parameters")) {
            String name = p.path("name").asString();
            String in = p.path("in").asString();
            if (in.equals("query")) {
                for (String bad : BAD_QUERY) {
                    add(op, "query", op.method(), withQuery(path, name + "=" + bad), auth, baseBody, false);
                }
                if (p.path("required").asBoolean(false)) {
                    add(op, "query-missing", op.method(), path.replaceAll("([?&])" + name + "=[^&]*&?", "$1"), auth,
                            baseBody, false);
                }
                add(op, "query-twice", op.method(), withQuery(path, name + "=1&" + name + "=abc"), auth, baseBody, false);
            } else if (in.equals("header")) {
                for (String bad : List.of("", "abc", "-1", "99999999999999999999", "x".repeat(4000), "ja;q=abc,,,")) {
                    add(op, "header", op.method(), path, with(auth, name, bad), baseBody, false);
                }
            } else if (in.equals("cookie") && !name.equals("KJ_DEV")) {
                for (String bad : List.of("junk", "", "x".repeat(3000), "%00%ff")) {
                    add(op, "cookie", op.method(), path, with(with(with(auth, "Cookie", name + "=" + bad
                            + "; XSRF-TOKEN=fz"), "X-XSRF-TOKEN", "fz"), "Content-Type", "application/json"), baseBody, false);
                }
            }
        }
        add(op, "query-unknown", op.method(), withQuery(path, "zzz=1&__proto__=x&%00=%ff"), auth, baseBody, false);
        // headers and credentials
        for (String accept : List.of("application/xml", "text/html", "garbage", "application/json;q=abc")) {
            add(op, "accept", op.method(), path, with(auth, "Accept", accept), baseBody, false);
        }
        add(op, "accept-language", op.method(), path, with(auth, "Accept-Language", "xx-;;;q=2,*;q=abc"), baseBody, false);
        if (!auth.isEmpty()) {
            Map<String, String> noAuth = new LinkedHashMap<>(auth);
            noAuth.remove("Authorization");
            noAuth.remove("Cookie");
            noAuth.remove("X-XSRF-TOKEN");
            for (String bad : List.of("Bearer garbage", "Basic dXNlcjpwYXNz", "Bearer " + "a".repeat(6000), "Bearer ",
                    "bearer " + targets.adminToken().toLowerCase(), "Bearer a.b.c")) {
                add(op, "credentials", op.method(), path, with(noAuth, "Authorization", bad), baseBody, false);
            }
            add(op, "no-credentials", op.method(), path, noAuth, baseBody, false);
        }
        if (base == null) {
            add(op, "unexpected-body", op.method(), path, with(auth, "Content-Type", "application/json"), "{\"a\":", false);
            add(op, "unexpected-body", op.method(), path, with(auth, "Content-Type", "text/plain"), "hello", false);
            return;
        }
        bodies(op, path, auth, base);
    }

    private void bodies(Op op, String path, Map<String, String> auth, ObjectNode base) {
        String baseBody = base.toString();
        String m = op.method();
        Map<String, String> json = with(auth, "Content-Type", "application/json");
        for (String raw : List.of("", "{}", "[]", "null", "\"str\"", "123", "true", "{", "{\"a\":", "}{",
                baseBody.substring(0, baseBody.length() / 2), baseBody + "garbage", baseBody + baseBody,
                "{'single':'quotes'}", "{\"a\":1,}", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\uFEFF" + baseBody, "{\"a\":NaN}",
                "{\"a\":1e999999}", baseBody.replaceFirst("\\{", "{\"dup\":1,\"dup\":2,"),
                "{\"" + "k".repeat(100_000) + "\":1}")) {
            add(op, "body", m, path, json, raw, false);
        }
        add(op, "no-body", m, path, json, null, false);
        addBytes(op, "invalid-utf8", m, path, json, concat(baseBody.substring(0, baseBody.length() - 1),
                new byte[]{',', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}));
        addBytes(op, "nul-bytes", m, path, json, concat("{\"a\":\"", new byte[]{0, 0, '"', '}'}));
        addBytes(op, "utf16", m, path, with(auth, "Content-Type", "application/json; charset=UTF-16"),
                baseBody.getBytes(StandardCharsets.UTF_16LE));
        CONTENT_TYPES.forEach((type, label) -> add(op, "content-type-" + label, m, path, with(auth, "Content-Type", type),
                baseBody, false));
        add(op, "content-type-missing", m, path, auth, baseBody, false);
        add(op, "form-body", m, path, with(auth, "Content-Type", "application/x-www-form-urlencoded"), "name=fz&role=ADMIN", false);

        // extra fields naming the other household
        ObjectNode extra = base.deepCopy();
        extra.put("id", foreign("member")).put("householdId", targets.foreignHouseholdId())
                .put("memberId", foreign("self")).put("createdBy", foreign("self")).put("role", "ADMIN")
                .put("admin", true).put("version", -1);
        extra.putObject("__proto__").put("isAdmin", true);
        add(op, "extra-fields-other-household", m, path, auth, extra.toString(), false);

        List<String[]> breaks = new ArrayList<>();
        for (String field : fields(base)) {
            JsonNode fieldSchema = fieldSchema(op, field);
            ObjectNode without = base.deepCopy();
            removeField(without, field);
            add(op, "field-missing", m, path, auth, without.toString(), false);
            List<String> values = new ArrayList<>(GENERIC);
            values.addAll(specific(fieldSchema));
            String leaf = field.substring(field.lastIndexOf('.') + 1);
            String kind = ID_FIELDS.get(leaf);
            for (String raw : values) {
                breaks.add(new String[]{field, raw});
                add(op, "field", m, path, auth, json(base, Map.of(field, raw)), false);
            }
            if (kind != null) {
                String foreign = foreign(kind);
                String raw = fieldSchema.path("type").asString("").equals("array") ? "[\"" + foreign + "\"]" : "\"" + foreign + "\"";
                add(op, "body-id-other-household", m, path, auth, json(base, Map.of(field, raw)), true);
            }
        }
        fieldBreaks.put(op, breaks);
        bases.put(op, base);
    }

    /** The wrong-type values that fit a field's declared type and format. */
    private List<String> specific(JsonNode schema) {
        List<String> out = new ArrayList<>();
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        if (type.equals("string")) {
            if (format.equals("uuid")) {
                out.addAll(BAD_UUIDS);
            } else if (format.equals("date")) {
                out.addAll(BAD_DATES);
            } else if (format.equals("date-time")) {
                out.addAll(BAD_TIMES);
            }
            if (schema.has("maxLength")) {
                out.add("\"" + "y".repeat(schema.get("maxLength").asInt() + 1) + "\"");
            }
            if (schema.has("enum") || schema.has("pattern")) {
                out.add("\"bogus\"");
                out.add("\"" + validString(schema, "").toLowerCase() + " \"");
            }
            out.add("\"12:00\"");
            out.add("\"25:99\"");
        } else if (type.equals("integer") || type.equals("number")) {
            out.addAll(BAD_NUMBERS);
            if (schema.has("maximum")) {
                out.add(schema.get("maximum").toString() + "1");
            }
        } else if (type.equals("boolean")) {
            out.addAll(List.of("\"true\"", "1", "\"yes\""));
        } else if (type.equals("array")) {
            out.add("[" + "\"a\",".repeat(999) + "\"a\"]");
            out.add("[null]");
            out.add("[[1],[2]]");
            out.add("[\"" + HUGE + "\"]");
        }
        return out;
    }

    private void wrongMethods(List<Op> ops, String servicePath) {
        List<Op> here = ops.stream().filter(o -> (o.service() + " " + o.path()).equals(servicePath)).toList();
        Op any = here.get(0);
        for (String method : METHODS.stream().sorted().toList()) {
            if (here.stream().noneMatch(o -> o.method().equals(method))) {
                add(any, "wrong-method", method, path(any, null), auth(any), "{}", false);
            }
        }
    }

    // ---------------------------------------------------------------- valid values

    private JsonNode valid(String service, JsonNode schema, String field) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return valid(service, docs.get(service).path("components").path("schemas").path(name), field);
        }
        String type = schema.path("type").asString("object");
        switch (type) {
            case "object" -> {
                ObjectNode o = JSON.createObjectNode();
                for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                    o.set(p.getKey(), valid(service, p.getValue(), p.getKey()));
                }
                return o;
            }
            case "array" -> {
                var a = JSON.createArrayNode();
                a.add(valid(service, schema.path("items"), field));
                return a;
            }
            case "integer", "number" -> {
                long min = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : 1;
                return JSON.getNodeFactory().numberNode(Math.max(1, min));
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(true);
            }
            default -> {
                return JSON.getNodeFactory().stringNode(validString(schema, field));
            }
        }
    }

    private String validString(JsonNode schema, String field) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String pattern = schema.path("pattern").asString("");
        if (pattern.matches("[A-Za-z|-]+")) {
            return pattern.split("\\|")[0];
        }
        switch (pattern) {
            case "\\d{4}" -> {
                return "4321";
            }
            case "\\d{8}" -> {
                return "12345678";
            }
            case "#[0-9A-Fa-f]{6}" -> {
                return "#336699";
            }
            default -> {
            }
        }
        switch (schema.path("format").asString("")) {
            case "uuid" -> {
                return own(ID_FIELDS.getOrDefault(field, "self"));
            }
            case "date" -> {
                return "2026-12-02";
            }
            case "date-time" -> {
                return "2026-12-02T10:00:00Z";
            }
            case "email" -> {
                return "fz-" + targets.tag() + "-" + field + "@example.com";
            }
            default -> {
            }
        }
        return switch (field) {
            case "password" -> HostileApi.PASSWORD;
            case "url" -> "https://hooks.example.com/fz-" + targets.tag();
            case "dueTime", "defaultDueTime", "quietFrom", "quietUntil" -> "07:00";
            case "timeZone" -> "Asia/Tokyo";
            case "unit" -> "kg";
            case "kinds" -> "SHOPPING_REJECTED";
            default -> "fz " + targets.tag();
        };
    }

    /** Fields whose schema does not say enough for a valid value (a documented type that is not the real one). */
    private void overrides(Op op, ObjectNode base) {
        if (op.path().startsWith("/api/chores")) {
            base.set("schedule", JSON.readTree("{\"kind\":\"INTERVAL\",\"everyNDays\":2}"));
        }
        if (op.key().equals("PUT /api/notifications/preferences")) {
            base.set("channels", JSON.readTree("{\"EMAIL\":{\"TASK_DUE\":false}}"));
        }
        if (op.key().equals("PATCH /api/households/current")) {
            base.put("idleTimeoutMinutes", 240); // the schema's minimum (1) would end the fuzzer's own sessions
        }
        if (op.key().equals("POST /api/tasks/{id}/assignee") || op.key().equals("POST /api/devices/current/sessions")) {
            base.put("memberId", own("self"));
        }
    }

    // ---------------------------------------------------------------- requests

    private Map<String, String> auth(Op op) {
        RoleMatrixIT.Level level = RoleMatrixIT.MIN_ROLE.get(op.key());
        if (level == RoleMatrixIT.Level.PUBLIC) {
            return Map.of();
        }
        if (level == RoleMatrixIT.Level.DEVICE) {
            return Map.of("Cookie", "KJ_DEV=" + targets.deviceCookie() + "; XSRF-TOKEN=fz", "X-XSRF-TOKEN", "fz");
        }
        return Map.of("Authorization", "Bearer " + targets.adminToken());
    }

    /** The operation's path with its id (own id of the right kind unless {@code id} is given) and required query. */
    private String path(Op op, String id) {
        String p = op.path();
        if (op.takesPathId()) {
            String value = id;
            if (value == null) {
                CrossHouseholdMatrixIT.Recipe recipe = CrossHouseholdMatrixIT.RECIPES.get(op.key());
                // Revoking the fuzzer's own login session or testing its webhook would only end or slow the run.
                value = recipe == null || recipe.kind().equals("session") ? "fz-" + targets.tag()
                        : targets.own().getOrDefault(recipe.kind(), UUID.randomUUID().toString());
            }
            p = p.replaceAll("\\{[^}]+}", value);
        }
        if (op.key().equals("GET /api/tasks")) {
            p += "?" + HostileApi.TASK_WINDOW;
        }
        return p;
    }

    private String foreignPathId(Op op) {
        CrossHouseholdMatrixIT.Recipe recipe = CrossHouseholdMatrixIT.RECIPES.get(op.key());
        return recipe == null ? null : targets.foreign().get(recipe.kind());
    }

    private String own(String kind) {
        return targets.own().getOrDefault(kind, "00000000-0000-0000-0000-000000000001");
    }

    private String foreign(String kind) {
        return targets.foreign().getOrDefault(kind, targets.foreignHouseholdId());
    }

    private static String withQuery(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> out = new LinkedHashMap<>(headers);
        out.put(name, value);
        return out;
    }

    private void add(Op op, String mutation, String method, String path, Map<String, String> headers, String body,
                     boolean foreignBodyId) {
        Map<String, String> h = headers;
        if (body != null && !h.containsKey("Content-Type") && !mutation.equals("content-type-missing")) {
            h = with(h, "Content-Type", "application/json");
        }
        cases.add(new Case(cases.size(), op, mutation, new FuzzHttp.Request(method, path, h,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)), foreignBodyId));
    }

    private void addBytes(Op op, String mutation, String method, String path, Map<String, String> headers, byte[] body) {
        cases.add(new Case(cases.size(), op, mutation, new FuzzHttp.Request(method, path, headers, body), false));
    }

    private static byte[] concat(String head, byte[] tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[h.length + tail.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(tail, 0, out, h.length, tail.length);
        return out;
    }

    // ---------------------------------------------------------------- body fields

    /** Top-level fields and the fields of nested objects, as "a" and "a.b". */
    private static List<String> fields(ObjectNode body) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : body.properties()) {
            out.add(f.getKey());
            if (f.getValue().isObject()) {
                for (String nested : f.getValue().propertyNames()) {
                    out.add(f.getKey() + "." + nested);
                }
            }
        }
        return out;
    }

    private JsonNode fieldSchema(Op op, String field) {
        JsonNode spec = docs.get(op.service()).at("/paths/" + op.path().replace("/", "~1") + "/"
                + op.method().toLowerCase() + "/requestBody/content/application~1json/schema");
        for (String part : field.split("\\.")) {
            spec = resolve(op.service(), spec).path("properties").path(part);
        }
        return resolve(op.service(), spec);
    }

    private JsonNode resolve(String service, JsonNode schema) {
        if (schema.has("$ref")) {
            return docs.get(service).path("components").path("schemas")
                    .path(schema.get("$ref").asString().substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static void removeField(ObjectNode body, String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            body.remove(field);
        } else if (body.get(field.substring(0, dot)) instanceof ObjectNode nested) {
            nested.remove(field.substring(dot + 1));
        }
    }

    /** The body with each named field replaced by a raw JSON text (which may be invalid on purpose). */
    private String json(ObjectNode base, Map<String, String> raw) {
        ObjectNode body = base.deepCopy();
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String field = e.getKey();
            int dot = field.indexOf('.');
            ObjectNode parent = dot < 0 ? body : body.get(field.substring(0, dot)) instanceof ObjectNode n ? n : null;
            if (parent == null) {
                continue;
            }
            parent.put(dot < 0 ? field : field.substring(dot + 1), PLACEHOLDER + values.size());
            values.add(e.getValue());
        }
        String text = body.toString();
        for (int i = 0; i < values.size(); i++) {
            text = text.replace("\"" + PLACEHOLDER + i + "\"", values.get(i));
        }
        return text;
    }
}
