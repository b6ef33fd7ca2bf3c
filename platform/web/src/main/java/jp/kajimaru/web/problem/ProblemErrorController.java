package jp.kajimaru.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet error page ({@code sendError} from a filter, Spring Security's 403, an exception outside
 * MVC) as problem+json, in place of Spring Boot's {@code {"timestamp":...}} JSON or whitelabel HTML.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // Asked for directly, /error is not an error of anything: there is nothing here.
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpStatus.NOT_FOUND.value();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), ProblemJson.genericDetail(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
