package jp.kajimaru.domain;

/**
 * A domain rule on one field that bean validation cannot express; answered as 400 with the field.
 * {@code code} is a message key, looked up in the caller's language.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidFieldException(String field, String code, String defaultMessage) {
        super(defaultMessage);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
