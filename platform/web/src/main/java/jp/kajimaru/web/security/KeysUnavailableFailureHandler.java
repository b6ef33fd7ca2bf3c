package jp.kajimaru.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kajimaru.web.problem.ProblemJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A token that could not be checked because user-service's signing keys could not be fetched (user-service busy or
 * down: the JWKS request timed out or was refused) is no fault of the caller's and no bug: 503 problem+json with
 * Retry-After, as for an unreachable database. Spring Security's default rethrows it, which became a 500 (seen under a
 * burst of 1 000 sign-ups, when user-service was too busy to answer rotation-service's first key fetch). Every other
 * failure is the caller's token: 401 from the entry point.
 */
class KeysUnavailableFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(KeysUnavailableFailureHandler.class);

    private final AuthenticationEntryPoint entryPoint;

    KeysUnavailableFailureHandler(AuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException, ServletException {
        if (e instanceof AuthenticationServiceException) {
            log.warn("Token not checked, answered 503: {}", e.getMessage());
            response.setHeader("Retry-After", "5");
            ProblemJson.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "A part of Kajimaru is not reachable right now; please try again shortly.");
            return;
        }
        entryPoint.commence(request, response, e);
    }
}
