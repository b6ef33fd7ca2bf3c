package jp.kajimaru.events;

/** Unchecked so callers in listeners and outbox code need not declare Jackson's exception types. */
public class EventJsonException extends RuntimeException {

    public EventJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
