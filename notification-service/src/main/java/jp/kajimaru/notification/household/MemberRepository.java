package jp.kajimaru.notification.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, UUID> {

    Optional<Member> findByIdAndHouseholdId(UUID id, UUID householdId);

    List<Member> findByHouseholdIdAndActiveTrueOrderByDisplayName(UUID householdId);
}
