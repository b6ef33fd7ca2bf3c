package jp.kajimaru.notification.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookRepository extends JpaRepository<Webhook, UUID> {

    Optional<Webhook> findByIdAndHouseholdId(UUID id, UUID householdId);

    List<Webhook> findByHouseholdIdOrderByCreatedAt(UUID householdId);

    long countByHouseholdId(UUID householdId);
}
