package jp.kajimaru.user.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the service under test, speaking as one caller (bearer token and/or cookies). */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        Optional<String> cookie(String name) {
            return raw.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst();
        }
    }

    private final int port;
    private final String token;
    private final String cookies;
    private final Map<String, String> headers;

    Api(int port, String token, String cookies) {
        this(port, token, cookies, Map.of());
    }

    private Api(int port, String token, String cookies, Map<String, String> headers) {
        this.port = port;
        this.token = token;
        this.cookies = cookies;
        this.headers = headers;
    }

    Api as(String bearer) {
        return new Api(port, bearer, cookies, headers);
    }

    Api withCookies(String cookieHeader) {
        return new Api(port, token, cookieHeader, headers);
    }

    /** As a client behind the gateway at this address (the gateway sets X-Forwarded-For). */
    Api from(String clientAddress) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put("X-Forwarded-For", clientAddress);
        return new Api(port, token, cookies, Map.copyOf(more));
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    private Reply send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (cookies != null) {
            b.header("Cookie", cookies);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
