package jp.kajimaru.user.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.user.login.PasswordPolicy;
import jp.kajimaru.events.user.MemberRole;

/** A new member, optionally with their own login (adults and teens). */
public record MemberRequest(
        @NotBlank @Size(max = 50) String displayName,
        @Size(max = 50) String nickname,
        @NotNull MemberRole role,
        @Pattern(regexp = MemberPatch.RELATIONS) String relation,
        @Pattern(regexp = MemberPatch.AVATARS) String avatar,
        @Pattern(regexp = MemberPatch.COLOUR) String colour,
        @Email @Size(max = 254) String email,
        @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
}
