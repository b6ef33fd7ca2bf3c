package jp.kajimaru.rotation.roster;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RosterPeriodRepository extends JpaRepository<RosterPeriod, RosterPeriod.Key> {

    Optional<RosterPeriod> findByHouseholdIdAndStart(UUID householdId, LocalDate start);

    boolean existsByHouseholdIdAndStart(UUID householdId, LocalDate start);
}
