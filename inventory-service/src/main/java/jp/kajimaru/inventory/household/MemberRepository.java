package jp.kajimaru.inventory.household;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, UUID> {

    Optional<Member> findByIdAndHouseholdId(UUID id, UUID householdId);
}
