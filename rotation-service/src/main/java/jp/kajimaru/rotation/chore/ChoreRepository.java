package jp.kajimaru.rotation.chore;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Chores, always within one household: a foreign id finds nothing. */
public interface ChoreRepository extends JpaRepository<Chore, UUID> {

    Optional<Chore> findByIdAndHouseholdId(UUID id, UUID householdId);

    /** The household's chores in their listed order, with their candidates in the same query. */
    @EntityGraph(attributePaths = "candidateMemberIds")
    List<Chore> findByHouseholdIdOrderByPositionAscCreatedAtAscNameAsc(UUID householdId);

    /** Which starter chores the household has been given already (one query for all of them). */
    @Query("select c.defaultKey from Chore c where c.householdId = :householdId and c.defaultKey is not null")
    Set<String> defaultKeysOf(@Param("householdId") UUID householdId);

    @Query("select coalesce(max(c.position), -1) + 1 from Chore c where c.householdId = :householdId")
    int nextPosition(@Param("householdId") UUID householdId);
}
