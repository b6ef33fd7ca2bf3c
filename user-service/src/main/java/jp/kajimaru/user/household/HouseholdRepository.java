package jp.kajimaru.user.household;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Households by id: the household id is the scope itself (the caller's {@code hid}). */
public interface HouseholdRepository extends JpaRepository<Household, UUID> {
}
