package jp.kajimaru.notification.message;

/** A message as its recipient reads it, already in their language. */
public record Text(String title, String body) {
}
