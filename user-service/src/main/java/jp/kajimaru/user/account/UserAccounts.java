package jp.kajimaru.user.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.InvalidFieldException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates logins (e-mail + password) under the password policy; shared by sign-up, members and invites. */
@Component
public class UserAccounts {

    static final int MAX_EMAIL_LENGTH = 254;
    static final String EMAIL_TAKEN = "This e-mail address is already registered.";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy = PasswordPolicy.withBundledList();

    UserAccounts(UserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public UUID create(String email, String password, Instant now) {
        String normalized = normalize(email);
        if (normalized.codePointCount(0, normalized.length()) > MAX_EMAIL_LENGTH) {
            // Lower-casing can lengthen an address ("İ" becomes two characters); the column holds 254.
            throw new InvalidFieldException("email", "email.tooLong", "The e-mail address is too long.");
        }
        policy.violation(password, normalized).ifPresent(code -> {
            throw new InvalidFieldException("password", code, "The password is not acceptable.");
        });
        if (users.findByEmail(normalized).isPresent()) {
            throw new ConflictException("email", EMAIL_TAKEN);
        }
        UUID id = UUID.randomUUID();
        try {
            users.insert(id, normalized, passwords.encode(password), now);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("email", EMAIL_TAKEN);
        }
        return id;
    }

    /** Deletes a login (its member is gone): the e-mail address may sign up or be invited again. */
    public void delete(UUID userId) {
        users.delete(userId);
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
