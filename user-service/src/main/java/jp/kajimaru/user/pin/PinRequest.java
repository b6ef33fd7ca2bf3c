package jp.kajimaru.user.pin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record PinRequest(@NotNull @Pattern(regexp = "\\d{4}") String pin, @Pattern(regexp = "\\d{4}") String currentPin) {
}
