package jp.kajimaru.domain;

/** The service is at its limit for this kind of work right now; answered 503 with Retry-After, nothing was changed. */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message);
    }
}
