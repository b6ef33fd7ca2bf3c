package jp.kajimaru.messaging.testapp;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteRepository extends JpaRepository<Note, UUID> {

    Optional<Note> findByIdAndHouseholdId(UUID id, UUID householdId);
}
