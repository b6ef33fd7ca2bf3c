package jp.kajimaru.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;

import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MemberJoined.email (docs/adr/0009) and MemberUpdated.email (docs/adr/0014) are optional fields added to version 1:
 * what a producer wrote before them still reads (the address as {@code null}), an address survives the round trip,
 * and a consumer compiled before the field reads the new payload.
 */
class MemberEmailTest {

    private final EventJson json = new EventJson();

    static Stream<Arguments> beforeTheField() {
        return Stream.of(Arguments.of("MemberJoined.v1.before-email.json", MemberJoined.class),
                Arguments.of("MemberUpdated.v1.before-email.json", MemberUpdated.class));
    }

    /** The samples carry no address, so the bytes from before the field must read as exactly the sample. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("beforeTheField")
    void aPayloadFromBeforeTheFieldReadsWithoutAnAddress(String file, Class<? extends DomainEvent> type) throws IOException {
        DomainEvent read = json.read(older(file), type);

        assertThat(read).isEqualTo(SampleEvents.of(type).orElseThrow());
        assertThat(read).extracting("email").isNull();
        assertThat(read).extracting("displayName").isNotNull();
    }

    @Test
    void anAddressIsWrittenLastAndReadBack() {
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), UUID.randomUUID(), "花子", null, MemberRole.ADMIN, true,
                "cat", "#FF8800", "hanako@example.jp");
        MemberUpdated updated = new MemberUpdated(joined.householdId(), joined.memberId(), "花子", "はな",
                MemberRole.ADMIN, true, "cat", "#FF8800", "hana@example.jp");

        String writtenJoined = json.writeString(joined);
        String writtenUpdated = json.writeString(updated);

        assertThat(writtenJoined).endsWith(",\"colour\":\"#FF8800\",\"email\":\"hanako@example.jp\"}");
        assertThat(json.read(writtenJoined, MemberJoined.class)).isEqualTo(joined);
        assertThat(writtenUpdated).endsWith(",\"colour\":\"#FF8800\",\"email\":\"hana@example.jp\"}");
        assertThat(json.read(writtenUpdated, MemberUpdated.class)).isEqualTo(updated);
    }

    @Test
    void aConsumerCompiledBeforeTheFieldReadsTheNewPayload() {
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), UUID.randomUUID(), "Taro", "T", MemberRole.MEMBER, true,
                null, "#3366CC", "taro@example.com");
        MemberUpdated updated = new MemberUpdated(joined.householdId(), joined.memberId(), "Taro", "Tar",
                MemberRole.ADMIN, true, null, "#3366CC", "taro@example.com");

        OlderMemberJoined readJoined = json.read(json.writeString(joined), OlderMemberJoined.class);
        OlderMemberUpdated readUpdated = json.read(json.writeString(updated), OlderMemberUpdated.class);

        assertThat(readJoined.displayName()).isEqualTo("Taro");
        assertThat(readJoined.role()).isEqualTo(MemberRole.MEMBER);
        assertThat(readUpdated.nickname()).isEqualTo("Tar");
        assertThat(readUpdated.role()).isEqualTo(MemberRole.ADMIN);
    }

    /** MemberJoined as compiled into a service built before {@code email}. */
    record OlderMemberJoined(UUID householdId, UUID memberId, String displayName, String nickname, MemberRole role,
                             boolean hasLogin, String avatar, String colour) {
    }

    /** MemberUpdated as compiled into a service built before {@code email}. */
    record OlderMemberUpdated(UUID householdId, UUID memberId, String displayName, String nickname, MemberRole role,
                              boolean hasLogin, String avatar, String colour) {
    }

    private static String older(String file) throws IOException {
        try (var in = MemberEmailTest.class.getResourceAsStream("/golden-older/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
