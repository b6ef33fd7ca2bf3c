package jp.kajimaru.user.member;

import java.time.Instant;

/** Busy from {@code from} (default now) until {@code until} (open-ended when absent). */
public record BusyRequest(Instant from, Instant until) {
}
