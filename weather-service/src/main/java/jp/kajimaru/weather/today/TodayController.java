package jp.kajimaru.weather.today;

import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The household comes from the token; the language from Accept-Language, else the household's. */
@RestController
@RequestMapping("/api/weather")
class TodayController {

    private final TodayService today;

    TodayController(TodayService today) {
        this.today = today;
    }

    @GetMapping("/today")
    TodayView today(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return today.today(CurrentMember.get(), language);
    }
}
