package jp.kajimaru.web.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A minimal RFC 9457 body for the places that answer before (or outside) Spring MVC, where
 * {@link ProblemDetailsAdvice} cannot: filters, the error page and Tomcat's own error report.
 */
public final class ProblemJson {

    private ProblemJson() {
    }

    public static String body(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status, detail));
    }

    /** The detail clients see for a status when there is nothing more specific to say. */
    public static String genericDetail(int status) {
        if (status == 400) {
            return "The request is malformed (for example an ambiguous or invalid character in the path).";
        }
        if (status == 404) {
            return "Nothing here.";
        }
        if (status >= 500) {
            return "The server could not handle the request.";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "The request failed." : known.getReasonPhrase() + ".";
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
