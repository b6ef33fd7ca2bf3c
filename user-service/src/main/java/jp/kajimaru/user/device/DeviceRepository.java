package jp.kajimaru.user.device;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeviceRepository extends JpaRepository<Device, UUID> {

    List<Device> findByHouseholdIdAndRevokedAtIsNullOrderByCreatedAt(UUID householdId);

    Optional<Device> findByIdAndHouseholdIdAndRevokedAtIsNull(UUID id, UUID householdId);

    /**
     * The live device behind a secret. Global by nature: the secret (in the device's cookie) is the credential that
     * tells which household the device belongs to.
     */
    Optional<Device> findBySecretHashAndRevokedAtIsNull(String secretHash);
}
