package jp.kajimaru.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A stand-in service with the kinds of endpoints every real one has. */
@SpringBootApplication
public class WebTestApplication {

    record NoteRequest(@NotBlank String text, @NotNull @Min(1) @Max(5) Integer weight, LocalDate due) {
    }

    @RestController
    static class NoteController {

        @PostMapping("/api/notes")
        Map<String, Object> create(@Valid @RequestBody NoteRequest request) {
            if (request.text().contains("forbidden")) {
                throw new InvalidFieldException("text", "note.forbiddenWord", "This word is not allowed.");
            }
            if (request.text().equals("taken")) {
                throw new ConflictException("text", "A note with this text exists.");
            }
            return Map.of("household", CurrentMember.get().householdId().toString(), "text", request.text());
        }

        @GetMapping("/api/notes/{id}")
        Map<String, Object> get(@PathVariable java.util.UUID id) {
            throw new NotFoundException("Note");
        }

        /** Needs no token (see the tests' public paths), so requests reach body reading and the handler. */
        @PostMapping("/api/public/notes")
        Map<String, Object> createPublic(@Valid @RequestBody NoteRequest request) {
            return Map.of("text", request.text());
        }

        @GetMapping("/api/public/notes")
        Map<String, Object> search(@RequestParam(defaultValue = "") String q) {
            return Map.of("q", q);
        }

        /** What a repository throws when an insert meets a unique key (or another constraint) of the database. */
        @PostMapping("/api/public/violations/{kind}")
        void violation(@PathVariable String kind) {
            String sql = "INSERT INTO notes (text) VALUES (?); Duplicate entry 'wash' for key 'uk_notes_text'";
            throw kind.equals("duplicate-key") ? new DuplicateKeyException(sql)
                    : new DataIntegrityViolationException(sql);
        }

        /** What a repository or the transaction manager throws while the database is down (restarting). */
        @PostMapping("/api/public/outages/{kind}")
        void outage(@PathVariable String kind) {
            java.sql.SQLTransientConnectionException cause = new java.sql.SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 5000ms (total=0, active=0, idle=0, waiting=0)");
            if (kind.equals("busy")) {
                throw new jp.kajimaru.domain.BusyException("Too many sign-ins at once; please try again in a moment.");
            }
            throw kind.equals("transaction")
                    ? new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager for transaction", cause)
                    : new org.springframework.dao.DataAccessResourceFailureException("Unable to acquire JDBC Connection", cause);
        }
    }
}
