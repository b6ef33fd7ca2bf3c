package jp.kajimaru.domain;

/** The request clashes with existing state (e.g. a duplicate e-mail); answered with 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
