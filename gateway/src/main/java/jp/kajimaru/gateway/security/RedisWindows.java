package jp.kajimaru.gateway.security;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Window counts in Redis, so that every gateway replica spends the same budget: {@code INCR} of the window's key and
 * {@code PEXPIRE} so it disappears after the window, sent together over a short-lived connection (the limited
 * endpoints are logins and PIN entries: rare enough that a connection per call costs nothing worth a pool). Speaks
 * RESP itself — two commands do not justify a Redis client library. {@code redis://[:password@]host[:port]}.
 */
final class RedisWindows implements RateLimits.SharedWindows {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private final String host;
    private final int port;
    private final String password;
    private final String prefix;

    RedisWindows(URI uri, String prefix) {
        if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("kajimaru.rate-limits.redis-url must look like redis://host:6379, got " + uri);
        }
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 6379 : uri.getPort();
        String userInfo = uri.getRawUserInfo();
        this.password = userInfo == null ? null
                : URLDecoder.decode(userInfo.substring(userInfo.indexOf(':') + 1), StandardCharsets.UTF_8);
        this.prefix = prefix;
    }

    @Override
    public long increment(String key, Duration ttl) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            if (password != null) {
                command(out, "AUTH", password);
            }
            String k = prefix + key;
            command(out, "INCR", k);
            command(out, "PEXPIRE", k, Long.toString(ttl.toMillis()));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            if (password != null) {
                reply(in);
            }
            String count = reply(in);
            reply(in);
            if (!count.startsWith(":")) {
                throw new IOException("unexpected answer to INCR: " + count);
            }
            return Long.parseLong(count.substring(1));
        }
    }

    private static void command(OutputStream out, String... parts) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("*" + parts.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            b.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            b.writeBytes(bytes);
            b.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(b.toByteArray());
    }

    /** One simple reply line (integer, status or error); an error reply is an exception. */
    private static String reply(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("Redis closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        if (line.length() > 0 && line.charAt(0) == '-') {
            throw new IOException("Redis: " + line.substring(1));
        }
        return line.toString();
    }
}
