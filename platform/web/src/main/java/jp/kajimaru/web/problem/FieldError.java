package jp.kajimaru.web.problem;

/** One rejected field in a problem+json body: where, what rule, and a message in the caller's language. */
public record FieldError(String field, String code, String message) {
}
