package jp.kajimaru.gateway.security;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a request path means once the services' Tomcat has decoded it, so gateway rules (rate limits)
 * cannot be dodged by spelling a path differently: {@code /api/auth/%6cogin}, {@code /API/AUTH/LOGIN},
 * {@code /api/auth/login/} and {@code /api//auth/login} all normalise to {@code /api/auth/login}.
 *
 * <p>Spellings whose meaning depends on who decodes them are refused instead of normalised (like Spring
 * Security's StrictHttpFirewall): an encoded slash or backslash, NUL and other control characters,
 * double encoding ({@code %25xx}), dot segments (also encoded), path parameters ({@code ;}), raw
 * backslashes and malformed escapes.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * The decoded, lower-cased path without empty segments or a trailing slash; empty when the raw path
     * is ambiguous.
     */
    static Optional<String> normalise(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.of("/");
        }
        StringBuilder out = new StringBuilder(rawPath.length());
        for (String raw : rawPath.split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            String segment = decode(raw);
            if (segment == null || segment.equals(".") || segment.equals("..") || hasForbiddenChar(segment)) {
                return Optional.empty();
            }
            out.append('/').append(segment);
        }
        return Optional.of(out.isEmpty() ? "/" : out.toString().toLowerCase(Locale.ROOT));
    }

    private static boolean hasForbiddenChar(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            // '%' after decoding means the client encoded a percent sign: a second decoder would see another escape.
            if (c == '/' || c == '\\' || c == ';' || c == '%' || c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Percent-decodes one segment as UTF-8; null when an escape or the UTF-8 is malformed. */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
