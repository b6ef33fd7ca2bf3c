package jp.kajimaru.rotation.assignment;

import java.util.UUID;

/** {@code memberId} is null when nobody is eligible; the explanation then lists why each was skipped. */
public record Assignment(UUID occurrenceId, UUID memberId, Explanation why) {
}
