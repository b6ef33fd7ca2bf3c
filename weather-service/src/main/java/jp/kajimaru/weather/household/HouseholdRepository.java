package jp.kajimaru.weather.household;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The replica is keyed by the household id itself, so every lookup is scoped by household. */
public interface HouseholdRepository extends JpaRepository<Household, UUID> {
}
