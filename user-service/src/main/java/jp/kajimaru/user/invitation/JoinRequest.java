package jp.kajimaru.user.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.user.login.PasswordPolicy;

public record JoinRequest(
        @NotBlank @Pattern(regexp = "\\d{8}") String code,
        @NotBlank @Size(max = 50) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
}
