package jp.kajimaru.messaging.jpa;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the application assigns: new from its creating constructor ({@link #markNew()}) until it is
 * persisted or loaded, so Spring Data's {@code save} inserts it at once instead of Hibernate's select-before-merge
 * (a roster brings dozens of rows at a time).
 */
@MappedSuperclass
public abstract class AssignedIdEntity<ID> implements Persistable<ID> {

    @Transient
    private boolean fresh;

    /** Call from the constructor that creates a row that is not in the database yet. */
    protected final void markNew() {
        fresh = true;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
