package jp.kajimaru.user.household;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings page lists the city presets user-service accepts ({location: {city}}), with the same names: read from
 * both sources, so a city added on one side only fails here instead of as a 400 for a city the page offers.
 */
class CityPresetsTest {

    static final Path UI = Path.of("../gateway/src/main/resources/static/js/i18n/weather.js");

    @Test
    void theSettingsPageOffersExactlyTheServersCitiesWithTheirNames() throws IOException {
        Matcher m = Pattern.compile("\\{ key: '(\\w+)', ja: '([^']+)', en: '([^']+)' \\}").matcher(Files.readString(UI));
        List<String> ui = new ArrayList<>();
        while (m.find()) {
            ui.add(m.group(1) + "=" + m.group(2) + "/" + m.group(3));
        }
        assertThat(ui).containsExactlyElementsOf(Cities.ALL.stream().map(c -> c.key() + "=" + c.ja() + "/" + c.en()).toList());
    }

    @Test
    void aPresetIsFoundByItsKeyAndByItsCoordinates() {
        Cities.City naha = Cities.byKey("naha").orElseThrow();
        assertThat(Cities.at(naha.latitude(), naha.longitude())).contains(naha);
        assertThat(Cities.at(new java.math.BigDecimal("26.2150"), new java.math.BigDecimal("127.6790"))).as("within a kilometre").contains(naha);
        assertThat(Cities.at(new java.math.BigDecimal("26.30"), new java.math.BigDecimal("127.68"))).isEmpty();
        assertThat(Cities.byKey("atlantis")).isEmpty();
    }
}
