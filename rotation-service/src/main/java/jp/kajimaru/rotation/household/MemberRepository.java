package jp.kajimaru.rotation.household;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, UUID> {

    Optional<Member> findByIdAndHouseholdId(UUID id, UUID householdId);

    List<Member> findByHouseholdIdAndActiveTrueOrderByDisplayName(UUID householdId);

    long countByHouseholdIdAndActiveTrueAndIdIn(UUID householdId, Collection<UUID> ids);
}
