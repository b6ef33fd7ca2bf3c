package jp.kajimaru.gateway.security;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Errors the gateway answers itself — no route, a method it does not serve, a service that is down or too slow —
 * are problem+json like every other error, instead of WebFlux's default JSON. A service that cannot be reached is a
 * 503 with Retry-After, not a 500. Runs before Spring Boot's handler (order -1).
 */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(ex);
        }
        if (ex instanceof ResponseStatusException rse) {
            HttpStatus status = HttpStatus.resolve(rse.getStatusCode().value());
            status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
            if (status.is5xxServerError()) {
                warnAnswered(status, exchange, ex);
            }
            String detail = switch (status) {
                case NOT_FOUND -> "There is no such page or API.";
                case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
                case SERVICE_UNAVAILABLE -> unavailable(response);
                case GATEWAY_TIMEOUT -> tooSlow(response);
                default -> status.getReasonPhrase() + ".";
            };
            return GatewayProblems.write(response, status, detail);
        }
        // Refused: the service is not running (e.g. the launcher is restarting it). Closed or reset before it answered:
        // it died in the middle of this request (SIGKILL, OOM); a reset arrives as Netty's NativeIoException, which
        // like ConnectException and PrematureCloseException is an IOException. Either way it is down for now, not a
        // bug of ours.
        if (causedBy(ex, IOException.class)) {
            // WARN, not ERROR: a restart answers a few of these by design. The cause tells a refused connection from one
            // the service closed mid-request: a crash from a connection problem.
            warnAnswered(HttpStatus.SERVICE_UNAVAILABLE, exchange, ex);
            return GatewayProblems.write(response, HttpStatus.SERVICE_UNAVAILABLE, unavailable(response));
        }
        if (causedBy(ex, TimeoutException.class) || ex.getClass().getSimpleName().contains("Timeout")) {
            warnAnswered(HttpStatus.GATEWAY_TIMEOUT, exchange, ex);
            return GatewayProblems.write(response, HttpStatus.GATEWAY_TIMEOUT, tooSlow(response));
        }
        log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        return GatewayProblems.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    /** "503 on POST /api/auth/logout: <cause>": what the gateway answered for a service, and why. */
    private static void warnAnswered(HttpStatus status, ServerWebExchange exchange, Throwable ex) {
        log.warn("{} on {} {}: {}", status.value(), exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                ex.toString());
    }

    private static String unavailable(ServerHttpResponse response) {
        response.getHeaders().set("Retry-After", "5");
        return "A part of Kajimaru is not reachable right now; please try again shortly.";
    }

    private static String tooSlow(ServerHttpResponse response) {
        response.getHeaders().set("Retry-After", "5");
        return "A part of Kajimaru took too long to answer; please try again shortly.";
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
