package jp.kajimaru.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue #15, "Secrets": webhook secrets, password and PIN hashes, refresh tokens and the passwords the tests use must
 * never appear in a log line or in a response (other than the one response that issues a secret to its owner).
 * The ITs feed it what they learn — every response body they read ({@link #response}), refresh and device cookies as
 * they are set, webhook secrets as they are issued — and {@link RunningStack}'s stop hook runs {@link #findings} over
 * the service logs of the whole run and the recorded responses, failing the run like the ERROR-line check.
 */
final class SecretScan {

    /** bcrypt ($2a$/$2b$/$2y$) and Argon2 encodings, whatever password or PIN they hash. */
    static final Pattern HASH = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}|\\$argon2(?:id|i|d)\\$v=\\d+");
    private static final Pattern ISSUED_SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]{8,})\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("\\b(KJ_RT|KJ_DEV)=([^;,\\s]{16,})");
    private static final long MAX_RECORDED_CHARS = 64L * 1024 * 1024;

    /** Secret value → what it is. */
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    /** Responses that hand a secret to its owner (a webhook's create or rotate answer): not leaks. */
    private static final Set<String> ISSUING = ConcurrentHashMap.newKeySet();
    private static final Map<String, Boolean> RESPONSES = new ConcurrentHashMap<>();
    private static final AtomicLong RECORDED = new AtomicLong();

    static {
        secret("test password", HostileApi.PASSWORD);
    }

    private SecretScan() {
    }

    /** A secret no log line and no response may show. */
    static void secret(String what, String value) {
        if (value != null && value.length() >= 8) {
            SECRETS.putIfAbsent(value, what);
        }
    }

    /**
     * A response body the tests saw: recorded for the scan; a webhook secret in it is learned, and this body (the
     * one that issued it) is the only one allowed to carry it.
     */
    static void response(String body) {
        if (body == null || body.isEmpty()) {
            return;
        }
        Matcher m = ISSUED_SECRET.matcher(body);
        boolean issuing = false;
        while (m.find()) {
            secret("webhook secret", m.group(1));
            issuing = true;
        }
        if (issuing) {
            ISSUING.add(body);
        }
        String kept = body.length() > 65_536 ? body.substring(0, 65_536) : body;
        if (RECORDED.addAndGet(kept.length()) < MAX_RECORDED_CHARS) {
            RESPONSES.put(kept, Boolean.TRUE);
        }
    }

    /** Set-Cookie values: refresh and shared-device cookies are secrets from here on. */
    static void cookies(List<String> setCookies) {
        for (String c : setCookies) {
            Matcher m = SESSION_COOKIE.matcher(c);
            while (m.find()) {
                secret(m.group(1).equals("KJ_RT") ? "refresh token" : "device token", m.group(2));
            }
        }
    }

    /** Everything the scan finds in the logs under {@code logs} and in the recorded responses. */
    static List<String> findings(Path logs) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                    texts.put("log " + log.getFileName(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                return List.of("cannot read the logs in " + logs + ": " + e);
            }
        }
        int i = 0;
        for (String body : RESPONSES.keySet()) {
            if (!ISSUING.contains(body)) {
                texts.put("response #" + i++, body);
            }
        }
        return scan(texts, SECRETS);
    }

    /** Each text's lines that show a hash or one of the secrets, as "where: what: line". */
    static List<String> scan(Map<String, String> texts, Map<String, String> secrets) {
        List<String> found = new ArrayList<>();
        texts.forEach((where, text) -> text.lines().forEach(line -> {
            if (HASH.matcher(line).find()) {
                found.add(where + ": a password/PIN hash: " + abbreviate(line));
            }
            secrets.forEach((value, what) -> {
                if (line.contains(value)) {
                    found.add(where + ": " + what + ": " + abbreviate(line.replace(value, "<" + what + ">")));
                }
            });
        }));
        return found;
    }

    static Map<String, String> knownSecrets() {
        return Map.copyOf(SECRETS);
    }

    private static String abbreviate(String line) {
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
