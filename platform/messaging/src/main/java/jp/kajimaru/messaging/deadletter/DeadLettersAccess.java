package jp.kajimaru.messaging.deadletter;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use {@code /actuator/deadletters}: an operator on the service's own host (the local stack's
 * {@code ./kajimaru dlq}, {@code docker compose exec}, {@code kubectl port-forward}, which arrives on the pod's
 * loopback), never a request a proxy forwarded. The gateway routes no {@code /actuator} path; the forwarding headers
 * are checked anyway, since in the local stack the gateway itself calls the services from 127.0.0.1.
 *
 * <p>Such requests skip the services' JWT chain (there is no user to authenticate); every other request to the
 * endpoint goes through it, and the endpoint refuses it when it carries a user (see {@link DeadLettersEndpoint}).
 */
final class DeadLettersAccess implements RequestMatcher {

    static final String PATH = "/actuator/deadletters";

    @Override
    public boolean matches(HttpServletRequest request) {
        String uri = request.getRequestURI();
        boolean endpoint = uri.equals(PATH) || uri.startsWith(PATH + "/");
        return endpoint && loopback(request.getRemoteAddr())
                && request.getHeader("Forwarded") == null && request.getHeader("X-Forwarded-For") == null;
    }

    private static boolean loopback(String address) {
        try {
            // An IP literal: no name lookup happens.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
