package jp.kajimaru.web.problem;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body is of one type: {@code Content-Type: *}{@code /*} or {@code text/*} names none, and Spring's request
 * headers refuse it with an IllegalArgumentException (a 500). Answer 415 problem+json instead. Other
 * types no endpoint reads are refused by Spring MVC itself, also as 415 (see {@link ProblemDetailsAdvice}).
 */
public class WildcardContentTypeFilter extends OncePerRequestFilter {

    /** Requests without a body to read: a stray Content-Type on them harms nothing and is left alone. */
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !READS.contains(request.getMethod()) && isWildcard(contentType)) {
            response.setHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
            ProblemJson.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type '" + contentType + "' is not supported; send application/json.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isWildcard(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            // Spring ignores an unparseable type and refuses the body as unsupported: a 415 already.
            return false;
        }
    }
}
