package jp.kajimaru.messaging.inbox;

/**
 * An event this consumer cannot read (unknown type or version, missing headers, bad payload).
 * Retrying cannot help, so the binder sends it straight to the dead-letter topic.
 */
public class UnroutableEventException extends RuntimeException {

    public UnroutableEventException(String message) {
        super(message);
    }

    public UnroutableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
