package jp.kajimaru.domain;

/** A resource that does not exist in the caller's household (a foreign id looks exactly like a missing one). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
