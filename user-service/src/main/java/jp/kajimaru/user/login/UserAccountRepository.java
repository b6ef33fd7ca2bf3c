package jp.kajimaru.user.login;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Logins. Not household data and global by nature: an e-mail address is unique across households, and a login
 * is looked up by it before anyone knows which household the person belongs to.
 */
interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmailAndIdNot(String email, UUID id);
}
