package jp.kajimaru.messaging.testapp;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The test service's aggregate: the JPA side of "state change and event in one transaction". */
@Entity
@Table(name = "notes")
public class Note {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Version
    private long version;

    protected Note() {
    }

    Note(UUID id, UUID householdId, String text, Instant writtenAt) {
        this.id = id;
        this.householdId = householdId;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public UUID id() {
        return id;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
