package jp.kajimaru.systemtests;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import jp.kajimaru.systemtests.FuzzCases.Case;
import jp.kajimaru.systemtests.HostileApi.Household;
import jp.kajimaru.systemtests.HostileApi.Op;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kajimaru.systemtests.HostileApi.expect;
import static jp.kajimaru.systemtests.HostileApi.json;
import static jp.kajimaru.systemtests.HostileApi.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15, "Hostile input": an OpenAPI-driven fuzzer over every operation of every service, through the gateway of
 * the running stack. {@link FuzzCases} makes at least {@link #REQUESTS} requests from a fixed seed; each answer must
 * be below 500, carry no stack trace or SQL, and — when it is a 4xx — be {@code application/problem+json} whose
 * status matches and which says what is wrong (a {@code detail} or an {@code errors} list). A body naming another
 * household's resource in an id field must not succeed, and the other household must be unchanged afterwards.
 *
 * <p>The gateway limits the secret-checking endpoints (login, invite join, PINs) per client address. The fuzzer
 * is many clients: request {@code n} comes from its own loopback source address (127.77.x.y), so every request
 * reaches the service behind the limit instead of being answered 429 — the limits themselves stay as they are
 * (GatewaySecurityIT tests them), and a 429 here fails the test. The status histogram is printed and written to
 * {@code target/fuzz-histogram.txt}.
 *
 * <p>A 503 with Retry-After says a part of the stack is not reachable right now, whatever was sent: the fuzzer asks
 * again at once, as a client should, and judges the second answer. At most {@link #TRANSIENT_LIMIT} such requests
 * per run, each listed with the 503 lines the gateway and services logged meanwhile; more, or a second 503 for the
 * same request, fail the test. (Two CI runs each met one 503 in 12 000 requests: a pooled connection the service had
 * closed when idle, since fixed, and one on {@code POST /api/auth/logout} that no local run reproduced.)
 */
class FuzzIT {

    static final String HOST = "127.0.0.33";
    static final long SEED = 15;
    static final int REQUESTS = 12_000;
    static final int THREADS = 6;
    static final Path HISTOGRAM = RunningStack.REPO.resolve("system-tests/target/fuzz-histogram.txt");

    /** What a body must never show: a Java stack trace, exception class names, SQL or JDBC details. */
    static final Pattern LEAK = Pattern.compile("\\bat (java|jakarta|org|jp|com|tools|reactor|io)\\.[\\w.$]+\\("
            + "|Exception\\b|Caused by|SQLState|SQL syntax|jdbc:|org\\.hibernate|org\\.springframework|java\\.lang"
            + "|\\bSELECT\\b[^\"]{0,200}\\bFROM\\b|\\bINSERT INTO\\b|\\bUPDATE [a-z_]+ SET\\b|\"trace\"\\s*:");

    /**
     * user-service's own limits per account (wrong passwords per e-mail, invite codes): the fuzzer signs in with one
     * e-mail address from many client addresses, so these answer 429 by design; any other 429 is a per-client limit.
     */
    static final Pattern ACCOUNT_LIMITED = Pattern.compile("^/api/(auth/login|invites/join)");

    /** At most this many requests of a run may be answered 503 once and then served when asked again (see {@link #run}). */
    static final int TRANSIENT_LIMIT = 3;

    /** {@code transientAnswer}: a first answer of 503 with Retry-After, null when the first answer counted. */
    record Outcome(Case c, FuzzHttp.Response response, String error, FuzzHttp.Response transientAnswer) {
        int status() {
            return response == null ? 0 : response.status();
        }
    }

    @Test
    void everyOperationSurvivesMalformedAndHostileInput() throws Exception {
        RunningStack.get();
        Map<String, JsonNode> docs = HostileApi.documents(HOST);
        List<Op> ops = HostileApi.operations(docs);
        Household a = new Household(HOST).signUp().withResources();
        Household b = new Household(HOST).signUp().withResources();
        String deviceCookie = HostileApi.cookie(expect(a.post("/api/devices", a.adminToken, "{\"name\":\"Fuzz " + a.tag + "\"}"), 201), "KJ_DEV");
        Map<String, String> own = ids(a);
        Map<String, String> foreign = ids(b);
        String foreignHousehold = json(expect(send(HOST, "GET", "/api/households/current", b.adminToken, null), 200))
                .get("id").asString();
        Map<String, String> before = b.snapshot();

        List<Case> cases = FuzzCases.generate(docs, ops, new FuzzCases.Targets(own, foreign, a.adminToken,
                deviceCookie, foreignHousehold, a.tag), SEED, REQUESTS);
        RunningStack.LogMark mark = RunningStack.mark();
        long t0 = System.nanoTime();
        List<Outcome> outcomes = run(cases);
        double seconds = (System.nanoTime() - t0) / 1e9;

        List<String> defects = new ArrayList<>();
        for (Outcome o : outcomes) {
            String problem = judge(o, b.tag);
            if (problem != null) {
                defects.add(o.c() + " → " + problem);
            }
        }
        String report = histogram(ops, outcomes, seconds, defects);
        System.out.println(report);
        Files.writeString(HISTOGRAM, report, StandardCharsets.UTF_8);

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(outcomes.stream().filter(o -> o.transientAnswer() != null).map(o -> o.c().toString()).toList())
                .as(() -> "requests answered 503 at first; the services' 503 lines meanwhile: " + unavailableLines(mark))
                .hasSizeLessThanOrEqualTo(TRANSIENT_LIMIT);
        // A 503 is the gateway or a service saying why (GatewayErrorHandler, ProblemDetailsAdvice): their lines go
        // with the findings, since the CI's service logs are not kept.
        assertThat(defects).as(() -> "fuzz findings (all in " + HISTOGRAM + "); the services' 503 lines meanwhile: "
                + unavailableLines(mark)).isEmpty();
        assertThat(outcomes.stream().filter(o -> o.status() == 429 && !ACCOUNT_LIMITED.matcher(o.c().request().rawPath()).find()).count())
                .as("requests a per-client limit answered instead of the service").isZero();
        assertThat(b.snapshot()).as("the other household after the fuzz run").isEqualTo(before);
        expect(send(HOST, "GET", "/api/auth/me", a.adminToken, null), 200);
    }

    /** What the gateway and the services logged about the 503s they answered since {@code mark} (the first 20). */
    private static List<String> unavailableLines(RunningStack.LogMark mark) {
        return mark.linesContaining("503").stream().filter(l -> l.contains(" WARN ")).limit(20).toList();
    }

    private static Map<String, String> ids(Household h) {
        Map<String, String> ids = new LinkedHashMap<>();
        h.resources.forEach((kind, r) -> ids.put(kind, r.id()));
        ids.put("self", h.adminMemberId.toString());
        return ids;
    }

    private static List<Outcome> run(List<Case> cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> {
                    try {
                        FuzzHttp.Response r = scanned(FuzzHttp.send(source(c.n()), c.request()));
                        FuzzHttp.Response first = null;
                        if (r.status() == 503 && r.headers().containsKey("retry-after")) {
                            // "Not reachable right now, try again": a well-behaved client asks again. What the input
                            // caused is judged on the second answer; the first is counted against TRANSIENT_LIMIT
                            // (and must not leak internals either, see judge).
                            first = r;
                            r = scanned(FuzzHttp.send(source(c.n()), c.request()));
                        }
                        return new Outcome(c, r, null, first);
                    } catch (IOException e) {
                        return new Outcome(c, null, e.toString(), null);
                    }
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answer, after the secret scan of its cookies and body. */
    private static FuzzHttp.Response scanned(FuzzHttp.Response r) {
        SecretScan.cookies(List.of(r.headers().getOrDefault("set-cookie", "")));
        SecretScan.response(r.body());
        return r;
    }

    /** Request n's own client address: 127.77.x.y, a different one for every request. */
    static InetAddress source(int n) throws IOException {
        return InetAddress.getByAddress(new byte[]{127, 77, (byte) (1 + n / 250 % 250), (byte) (1 + n % 250)});
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    static String judge(Outcome o, String otherHouseholdTag) {
        if (o.response() == null) {
            return "no answer: " + o.error();
        }
        if (o.transientAnswer() != null && LEAK.matcher(o.transientAnswer().body()).find()) {
            return "503 (asked again) leaks internals: " + abbreviate(o.transientAnswer().body());
        }
        FuzzHttp.Response r = o.response();
        String body = r.body();
        if (r.status() >= 500) {
            return r.status() + " " + abbreviate(body);
        }
        if (LEAK.matcher(body).find()) {
            return r.status() + " leaks internals: " + abbreviate(body);
        }
        if (body.contains(otherHouseholdTag)) {
            return r.status() + " shows the other household's data: " + abbreviate(body);
        }
        if (o.c().foreignBodyId() && r.status() < 300) {
            return r.status() + " accepted another household's id in the body: " + abbreviate(body);
        }
        if (r.status() >= 400 && body.isEmpty() && !acceptsJson(o.c().request().headers())) {
            // The client refused every JSON type: honouring its Accept, the refusal (406, or the 401 of a login)
            // has no body it would take.
            return null;
        }
        if (r.status() >= 400) {
            return problemJsonFault(r);
        }
        return null;
    }

    static boolean acceptsJson(Map<String, String> headers) {
        String accept = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Accept"))
                .map(Map.Entry::getValue).findFirst().orElse("*/*");
        // A malformed Accept ("application/json;q=abc") is refused as a whole: it names no type the client takes.
        boolean malformed = accept.matches(".*;\\s*q=(?![0-9.]+\\s*(,|$)).*");
        return !malformed && (accept.contains("json") || accept.contains("*/*"));
    }

    /** Null when a 4xx is problem+json with its own status and a useful message. */
    static String problemJsonFault(FuzzHttp.Response r) {
        if (!r.contentType().startsWith("application/problem+json")) {
            return r.status() + " is not problem+json (" + r.contentType() + "): " + abbreviate(r.body());
        }
        JsonNode p;
        try {
            p = HostileApi.JSON.readTree(r.body());
        } catch (RuntimeException e) {
            return r.status() + " problem+json does not parse: " + abbreviate(r.body());
        }
        if (p.path("status").asInt(-1) != r.status()) {
            return r.status() + " problem+json with status " + p.path("status") + ": " + abbreviate(r.body());
        }
        boolean useful = !p.path("detail").asString("").isBlank() || !p.path("errors").isEmpty();
        return useful ? null : r.status() + " problem+json without detail or errors: " + abbreviate(r.body());
    }

    private static String histogram(List<Op> ops, List<Outcome> outcomes, double seconds, List<String> defects) {
        Map<Integer, Integer> all = new TreeMap<>();
        Map<String, Map<Integer, Integer>> perService = new TreeMap<>();
        Map<String, Map<Integer, Integer>> perMutation = new TreeMap<>();
        Map<String, Integer> perOperation = new ConcurrentHashMap<>();
        for (Outcome o : outcomes) {
            all.merge(o.status(), 1, Integer::sum);
            perService.computeIfAbsent(o.c().op().service(), k -> new TreeMap<>()).merge(o.status(), 1, Integer::sum);
            perMutation.computeIfAbsent(o.c().mutation(), k -> new TreeMap<>()).merge(o.status(), 1, Integer::sum);
            perOperation.merge(o.c().op().toString(), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format("FuzzIT seed %d: %d requests over %d operations of %d services in %.1f s (%.0f/s), %d threads%n",
                SEED, outcomes.size(), ops.size(), HostileApi.SERVICES.size(), seconds, outcomes.size() / seconds, THREADS));
        s.append("status histogram (0 = no answer): ").append(all).append('\n');
        s.append(String.format("≥ 500: %d; findings: %d; fewest requests for one operation: %d%n",
                outcomes.stream().filter(o -> o.status() >= 500).count(), defects.size(),
                perOperation.values().stream().mapToInt(Integer::intValue).min().orElse(0)));
        List<String> asked = outcomes.stream().filter(o -> o.transientAnswer() != null)
                .map(o -> o.c() + " → 503, asked again: " + o.status()).sorted().toList();
        s.append(String.format("answered 503 with Retry-After, then asked again: %d (at most %d)%n", asked.size(), TRANSIENT_LIMIT));
        asked.forEach(a -> s.append("  ").append(a).append('\n'));
        s.append("\nper service:\n");
        perService.forEach((k, v) -> s.append(String.format("  %-13s %s%n", k, v)));
        s.append("\nper kind of request:\n");
        perMutation.forEach((k, v) -> s.append(String.format("  %-30s %s%n", k, v)));
        s.append("\nfindings:\n");
        List<String> sorted = new ArrayList<>(defects);
        Collections.sort(sorted);
        sorted.forEach(d -> s.append("  ").append(d).append('\n'));
        return s.toString();
    }

    static String abbreviate(String body) {
        String b = body.replaceAll("\\p{Cntrl}", "?");
        return b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }
}
