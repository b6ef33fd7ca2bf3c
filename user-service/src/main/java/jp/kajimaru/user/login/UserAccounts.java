package jp.kajimaru.user.login;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins (e-mail + password): created under the password policy (shared by sign-up, members and invites), checked
 * at login without revealing which part was wrong, deleted with their member.
 */
@Service
public class UserAccounts {

    static final int MAX_EMAIL_LENGTH = 254;
    static final String EMAIL_TAKEN = "This e-mail address is already registered.";

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy = PasswordPolicy.withBundledList();
    // A hash by the current default algorithm, so an unknown e-mail costs as much as a wrong password.
    private final String unknownUserHash;

    UserAccounts(UserAccountRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
        this.unknownUserHash = passwords.encode("no such user " + UUID.randomUUID());
    }

    /** A login checked against the policy and hashed, not stored yet. */
    public record NewLogin(String email, String passwordHash) {
    }

    /**
     * Checks the address and password and hashes the password — no database: callers that can, do this before their
     * transaction, so that no connection is held during the hash (Argon2id: 16 MiB and tens of milliseconds of CPU;
     * at 100 sign-ups in 20 s they held the whole pool, issue #14).
     */
    public NewLogin prepare(String email, String password) {
        String normalized = checkedAddress(email);
        if (!wellFormed(password)) {
            throw new InvalidFieldException("password", "password.malformed", "The password is not valid text.");
        }
        policy.violation(password, normalized).ifPresent(code -> {
            throw new InvalidFieldException("password", code, "The password is not acceptable.");
        });
        return new NewLogin(normalized, passwords.encode(password));
    }

    @Transactional
    public UUID create(String email, String password, Instant now) {
        return create(prepare(email, password), now);
    }

    /** Stores a prepared login; 409 when the address is taken (also by a concurrent sign-up). */
    @Transactional
    public UUID create(NewLogin login, Instant now) {
        UUID id = UUID.randomUUID();
        requireFree(login.email(), id);
        saveUnique(new UserAccount(id, login.email(), login.passwordHash(), now));
        return id;
    }

    /** Whether {@code password} is the login's current password (false for a login that does not exist). */
    @Transactional(readOnly = true)
    public boolean passwordMatches(UUID userId, String password) {
        return users.findById(userId).map(u -> matches(password, u.passwordHash())).orElse(false);
    }

    /**
     * Moves the login to another address, normalised as at sign-up; answers the address as stored. The same address
     * again is refused (400), one another login has is a 409, as at sign-up.
     */
    @Transactional
    public String changeEmail(UUID userId, String email) {
        String normalized = checkedAddress(email);
        requireFree(normalized, userId);
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("Login"));
        user.moveTo(normalized);
        saveUnique(user);
        return normalized;
    }

    private String checkedAddress(String email) {
        String normalized = normalize(email);
        if (normalized.codePointCount(0, normalized.length()) > MAX_EMAIL_LENGTH) {
            // Lower-casing can lengthen an address ("İ" becomes two characters); the column holds 254.
            throw new InvalidFieldException("email", "email.tooLong", "The e-mail address is too long.");
        }
        return normalized;
    }

    /** Checked before the login changes: the query would flush a changed login first and hit the unique key. */
    private void requireFree(String normalized, UUID userId) {
        if (users.existsByEmailAndIdNot(normalized, userId)) {
            throw new ConflictException("email", EMAIL_TAKEN);
        }
    }

    /** Writes now, so that an address taken by a concurrent request gives the same answer as the check before. */
    private void saveUnique(UserAccount user) {
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("email", EMAIL_TAKEN);
        }
    }

    /**
     * The login behind an e-mail address and password; empty for any mismatch, without saying which part was wrong
     * (an unknown address takes as long as a wrong password). A hash by an older algorithm is upgraded. Not one
     * transaction: the hash is checked between the read and the (rare) upgrade, with no connection held.
     */
    public Optional<UUID> authenticate(String email, String password) {
        Optional<UserAccount> user = users.findByEmail(normalize(email));
        if (user.isEmpty()) {
            // Hash anyway, so the answer takes as long as for a wrong password: timing does not reveal accounts.
            matches(password, unknownUserHash);
            return Optional.empty();
        }
        String hash = user.get().passwordHash();
        if (!matches(password, hash)) {
            return Optional.empty();
        }
        if (passwords.upgradeEncoding(hash)) {
            // An older algorithm (bcrypt): re-hash with the current default while the password is at hand.
            user.get().rehash(passwords.encode(password));
            users.save(user.get());
        }
        return Optional.of(user.get().id());
    }

    /** The login's address (normalised, as stored), if the login exists. */
    @Transactional(readOnly = true)
    public Optional<String> email(UUID userId) {
        return users.findById(userId).map(UserAccount::email);
    }

    /** Deletes a login (its member is gone): the e-mail address may sign up or be invited again. */
    @Transactional
    public void delete(UUID userId) {
        users.deleteById(userId);
    }

    /** Whether the text has a UTF-8 form: no half of a surrogate pair on its own. */
    static boolean wellFormed(String text) {
        return text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private boolean matches(String password, String hash) {
        if (!wellFormed(password)) {
            // Half a surrogate pair (JSON allows "\ud800") has no UTF-8 form to hash: it cannot be anyone's password.
            return false;
        }
        try {
            return passwords.matches(password, hash);
        } catch (IllegalArgumentException beyondBcrypt) {
            // BCrypt refuses passwords over 72 bytes; such a password cannot be the one behind a bcrypt hash.
            return false;
        }
    }
}
