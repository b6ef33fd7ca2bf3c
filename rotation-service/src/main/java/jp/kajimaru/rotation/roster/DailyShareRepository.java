package jp.kajimaru.rotation.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DailyShareRepository extends JpaRepository<DailyShare, DailyShare.Key> {

    record MemberShare(UUID memberId, Double share) {
    }

    List<DailyShare> findByHouseholdIdAndDateBetween(UUID householdId, LocalDate from, LocalDate to);

    @Query("""
            select new jp.kajimaru.rotation.roster.DailyShareRepository$MemberShare(d.memberId, sum(d.share))
            from DailyShare d where d.householdId = :householdId group by d.memberId""")
    List<MemberShare> totals(@Param("householdId") UUID householdId);

    @Query("""
            select new jp.kajimaru.rotation.roster.DailyShareRepository$MemberShare(d.memberId, sum(d.share))
            from DailyShare d where d.householdId = :householdId and d.date < :before group by d.memberId""")
    List<MemberShare> totalsBefore(@Param("householdId") UUID householdId, @Param("before") LocalDate before);
}
