package jp.kajimaru.rotation.substitute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request as the API shows it, with its task's chore and day and the names of who asked and who took it. */
public record SubstituteRequestView(UUID id, UUID taskId, String choreName, LocalDate date, UUID requesterMemberId,
                                    String requesterName, String note, SubstituteRequest.Status status,
                                    UUID substituteMemberId, String substituteName, Instant createdAt, Instant expiresAt,
                                    Instant closedAt) {
}
