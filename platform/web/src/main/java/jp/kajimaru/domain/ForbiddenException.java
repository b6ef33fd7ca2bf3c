package jp.kajimaru.domain;

/** The caller is known but may not do this (e.g. a member using an admin-only action); answered with 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
