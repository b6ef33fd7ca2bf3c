package jp.kajimaru.user.token;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The service's signing keys: global by nature (one key set signs every household's tokens). */
interface SigningKeyRepository extends JpaRepository<SigningKey, String> {

    List<SigningKey> findAllByOrderByCreatedAtDesc();
}
