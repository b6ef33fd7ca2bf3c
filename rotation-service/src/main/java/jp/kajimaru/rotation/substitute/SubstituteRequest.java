package jp.kajimaru.rotation.substitute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record SubstituteRequest(UUID id, UUID taskId, String choreName, LocalDate date, UUID requesterMemberId,
                                String requesterName, String note, Status status, UUID substituteMemberId,
                                String substituteName, Instant createdAt, Instant expiresAt, Instant closedAt) {

    public enum Status { OPEN, ACCEPTED, WITHDRAWN, EXPIRED, CLOSED }
}
