package jp.kajimaru.user.device;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** This browser is not (or no longer) a registered shared device. */
@ResponseStatus(HttpStatus.UNAUTHORIZED)
class NotADeviceException extends RuntimeException {

    NotADeviceException() {
        super("This browser is not registered as the household's shared device.");
    }
}
