package jp.kajimaru.user.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.kajimaru.user.login.PasswordPolicy;

public record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
}
