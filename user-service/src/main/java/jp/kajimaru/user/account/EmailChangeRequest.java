package jp.kajimaru.user.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.kajimaru.user.login.PasswordPolicy;

/** A member's own login moves to {@code email}; {@code currentPassword} proves it is them. */
public record EmailChangeRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String currentPassword) {
}
