package jp.kajimaru.user.member;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.user.household.HouseholdService;
import jp.kajimaru.user.pin.MemberPins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two transactions on the same member, interleaved on real MariaDB: a profile edit made from a state someone else
 * has changed since is refused ({@code @Version}); a PIN attempt in between is no such change, and neither write
 * overwrites the other's columns.
 */
@SpringBootTest
@RealInfrastructure
class ConcurrentEditsTest {

    @Autowired MemberRepository members;
    @Autowired HouseholdService households;
    @Autowired MemberPins pins;
    @Autowired PasswordEncoder hasher;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    TransactionTemplate tx;
    UUID householdId;
    UUID memberId;

    @BeforeEach
    void aMemberWithAPin() {
        tx = new TransactionTemplate(transactions);
        householdId = tx.execute(s -> households.found("Tanaka", "ja", clock.instant())).id();
        memberId = tx.execute(s -> {
            Member m = Member.create(householdId, null, "Taro", null, MemberRole.CHILD, "child", "boy", "#4C8BF5",
                    clock.instant());
            m.setPin(hasher.encode("1234"));
            return members.save(m);
        }).id();
    }

    @Test
    void anEditFromAStateSomeoneElseChangedSinceIsRefused() throws Exception {
        CompletableFuture<Void> stale = editAfter(m -> m.change("Taro-kun", null, null, null, null, null, 1),
                () -> tx.executeWithoutResult(s -> members.findByIdAndHouseholdId(memberId, householdId).orElseThrow()
                        .change(null, "たろう", null, null, null, null, 1)));

        assertThatThrownBy(() -> stale.get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(OptimisticLockingFailureException.class);
        Member now = members.findByIdAndHouseholdId(memberId, householdId).orElseThrow();
        assertThat(now.displayName()).isEqualTo("Taro");
        assertThat(now.nickname()).isEqualTo("たろう");
    }

    @Test
    void aPinAttemptMeanwhileNeitherSpoilsTheEditNorIsOverwrittenByIt() throws Exception {
        CompletableFuture<Void> edit = editAfter(m -> m.change("Taro-kun", null, null, null, null, null, 1),
                () -> assertThatThrownBy(() -> pins.verify(householdId, memberId, "0000"))
                        .isInstanceOf(InvalidFieldException.class));

        edit.get(30, TimeUnit.SECONDS);
        Member now = members.findByIdAndHouseholdId(memberId, householdId).orElseThrow();
        assertThat(now.displayName()).isEqualTo("Taro-kun");
        assertThat(now.pin().failures()).isEqualTo(1);
    }

    /**
     * Loads the member in a transaction of its own, lets {@code meanwhile} run and commit, then applies
     * {@code edit} to the copy it loaded before and commits.
     */
    private CompletableFuture<Void> editAfter(Consumer<Member> edit, Runnable meanwhile) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        CompletableFuture<Void> editor = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            Member m = members.findByIdAndHouseholdId(memberId, householdId).orElseThrow();
            loaded.countDown();
            try {
                assertThat(proceed.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            edit.accept(m);
            members.flush();
        }));
        assertThat(loaded.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            meanwhile.run();
        } finally {
            proceed.countDown();
        }
        return editor;
    }
}
