package jp.kajimaru.gateway.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household form offers exactly the idle timeouts user-service accepts (HouseholdPatch's bounds), so
 * an admin is not invited to pick a value the server will refuse. Read from both sources, so a change to
 * either side without the other fails here.
 */
class HouseholdFormBoundsTest {

    static final Path FORM = Path.of("src/main/resources/static/js/views/household.js");
    static final Path PATCH = Path.of("../user-service/src/main/java/jp/kajimaru/user/household/HouseholdPatch.java");

    @Test
    void theIdleTimeoutInputHasTheServersBounds() throws IOException {
        Matcher server = find(PATCH, "@Min\\((\\d+)\\)\\s*@Max\\((\\d+)\\)\\s*Integer idleTimeoutMinutes");
        Matcher form = find(FORM, "name: 'idleTimeoutMinutes'[^\\n]*?min: (\\d+), max: (\\d+)");
        assertThat(form.group(1)).as("min").isEqualTo(server.group(1));
        assertThat(form.group(2)).as("max").isEqualTo(server.group(2));
    }

    private static Matcher find(Path file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
        assertThat(m.find()).as(regex + " in " + file).isTrue();
        return m;
    }
}
