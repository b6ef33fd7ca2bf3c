package jp.kajimaru.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import org.junit.jupiter.api.Test;

/**
 * MemberJoined.email is an optional field added to version 1 (docs/adr/0009): what a producer wrote before it still
 * reads (the address as {@code null}), an address survives the round trip, and a consumer compiled before the field
 * reads the new payload.
 */
class MemberJoinedEmailTest {

    private final EventJson json = new EventJson();

    @Test
    void aPayloadFromBeforeTheFieldReadsWithoutAnAddress() throws IOException {
        MemberJoined read = json.read(older("MemberJoined.v1.before-email.json"), MemberJoined.class);

        MemberJoined sample = (MemberJoined) SampleEvents.of(MemberJoined.class).orElseThrow();
        assertThat(read.email()).isNull();
        assertThat(read).isEqualTo(new MemberJoined(sample.householdId(), sample.memberId(), sample.displayName(),
                sample.nickname(), sample.role(), sample.hasLogin(), sample.avatar(), sample.colour()));
        assertThat(read.displayName()).isEqualTo("Hanako Tanaka");
    }

    @Test
    void anAddressIsWrittenLastAndReadBack() {
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), UUID.randomUUID(), "花子", null, MemberRole.ADMIN, true,
                "cat", "#FF8800", "hanako@example.jp");

        String written = json.writeString(joined);

        assertThat(written).endsWith(",\"colour\":\"#FF8800\",\"email\":\"hanako@example.jp\"}");
        assertThat(json.read(written, MemberJoined.class)).isEqualTo(joined);
    }

    @Test
    void aConsumerCompiledBeforeTheFieldReadsTheNewPayload() {
        MemberJoined joined = new MemberJoined(UUID.randomUUID(), UUID.randomUUID(), "Taro", "T", MemberRole.MEMBER, true,
                null, "#3366CC", "taro@example.com");

        OlderMemberJoined read = json.read(json.writeString(joined), OlderMemberJoined.class);

        assertThat(read.displayName()).isEqualTo("Taro");
        assertThat(read.role()).isEqualTo(MemberRole.MEMBER);
    }

    /** MemberJoined as compiled into a service built before {@code email}. */
    record OlderMemberJoined(UUID householdId, UUID memberId, String displayName, String nickname, MemberRole role,
                             boolean hasLogin, String avatar, String colour) {
    }

    private static String older(String file) throws IOException {
        try (var in = MemberJoinedEmailTest.class.getResourceAsStream("/golden-older/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
