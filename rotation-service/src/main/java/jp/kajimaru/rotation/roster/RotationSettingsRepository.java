package jp.kajimaru.rotation.roster;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Keyed by the household id itself. */
interface RotationSettingsRepository extends JpaRepository<RotationSettings, UUID> {
}
