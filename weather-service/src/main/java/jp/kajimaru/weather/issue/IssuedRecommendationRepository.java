package jp.kajimaru.weather.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IssuedRecommendationRepository extends JpaRepository<IssuedRecommendation, IssuedRecommendation.Key> {

    boolean existsByKeyHouseholdIdAndKeyLocalDate(UUID householdId, LocalDate localDate);

    /** Keys issued on or after {@code from}, for the daily pass (one query, not one per household). */
    @Query("select r.key from IssuedRecommendation r where r.key.localDate >= :from")
    List<IssuedRecommendation.Key> keysSince(LocalDate from);
}
