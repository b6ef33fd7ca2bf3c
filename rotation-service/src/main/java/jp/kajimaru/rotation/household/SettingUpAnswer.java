package jp.kajimaru.rotation.household;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * "Setting up your household…": 202 Accepted (the sign-up was taken and is still being carried out here) as
 * problem+json with {@code code} {@code householdSettingUp} and {@code Retry-After: 1}, so the web UI says so in the
 * user's language and asks again, instead of showing "not found" or a roster with nobody on it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingUpAnswer {

    static final String CODE = "householdSettingUp";

    @ExceptionHandler(HouseholdSettingUpException.class)
    ResponseEntity<ProblemDetail> settingUp(HouseholdSettingUpException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.ACCEPTED, ex.getMessage());
        body.setTitle("Setting up your household");
        body.setProperty("code", CODE);
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "1").body(body);
    }
}
