package jp.kajimaru.user.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.user.login.PasswordPolicy;

/** A new family: the admin's account and member profile and the household, created together. */
public record SignupRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password,
        @NotBlank @Size(max = 50) String displayName,
        @NotBlank @Size(max = 50) String householdName,
        @Pattern(regexp = "ja|en") String locale) {
}
