package jp.kajimaru.notification.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The day a household's digests went out (claimed by inserting it; see {@link DigestRunRepository#claim}). */
@Entity
@Table(name = "digest_runs")
public class DigestRun {

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    @Column(name = "digest_date", nullable = false)
    private LocalDate digestDate;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    protected DigestRun() {
    }

    public LocalDate digestDate() {
        return digestDate;
    }

    public Instant ranAt() {
        return ranAt;
    }
}
