package jp.kajimaru.domain;

import java.time.Instant;

/** Locked after too many wrong attempts (e.g. a PIN); answered with 423 and when it opens again. */
public class LockedException extends RuntimeException {

    private final Instant lockedUntil;

    public LockedException(String message, Instant lockedUntil) {
        super(message);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
