package jp.kajimaru.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void withoutEnvironmentEverythingIsEmbeddedUnderTheRepo() {
        StackConfig config = StackConfig.fromEnv(Map.of(), REPO);

        assertThat(config.home()).isEqualTo(Path.of("/repo/.kajimaru"));
        assertThat(config.externalDbUrl()).isEmpty();
        assertThat(config.externalKafka()).isEmpty();
        assertThat(config.dbUser()).isEqualTo("root");
        assertThat(config.dbPassword()).isEmpty();
        assertThat(config.mariaDbDataDir()).isEqualTo(Path.of("/repo/.kajimaru/data/mariadb"));
        assertThat(config.mariaDbBaseDir()).isEqualTo(Path.of("/repo/.kajimaru/mariadb-base"));
        assertThat(config.kafkaLogDir()).isEqualTo(Path.of("/repo/.kajimaru/data/kafka"));
        assertThat(config.logDir()).isEqualTo(Path.of("/repo/.kajimaru/logs"));
        assertThat(config.serviceJavaHome()).isEmpty();
        assertThat(config.externalMail()).isEmpty();
        assertThat(config.startupCache()).isTrue();
        assertThat(config.serviceJvmOptions()).isEmpty();
        assertThat(ServiceSpec.BACKENDS).allSatisfy(s -> assertThat(config.serviceArguments(s)).isEmpty());
    }

    @Test
    void theNamedServicesShipTheirOutboxByPolling() {
        StackConfig config = StackConfig.fromEnv(Map.of("KAJIMARU_POLLING_RELAY", " rotation-service, shopping ,"), REPO);

        assertThat(ServiceSpec.BACKENDS).filteredOn(s -> !config.serviceArguments(s).isEmpty())
                .extracting(ServiceSpec::module).containsExactly("rotation-service", "shopping-service");
        assertThat(config.serviceArguments(ServiceSpec.BACKENDS.get(1))).containsExactly("--kajimaru.outbox.relay=polling");
        assertThat(StackConfig.fromEnv(Map.of("KAJIMARU_POLLING_RELAY", "all"), REPO).pollingRelay())
                .hasSize(ServiceSpec.BACKENDS.size());
        assertThatThrownBy(() -> StackConfig.fromEnv(Map.of("KAJIMARU_POLLING_RELAY", "rotaton"), REPO))
                .hasMessageContaining("\"rotaton\"").hasMessageContaining("rotation-service");
    }

    @Test
    void extraJvmOptionsAreSplitOnWhitespaceAndAnythingButAnOptionIsRefused() {
        assertThat(StackConfig.fromEnv(Map.of("KAJIMARU_SERVICE_JVM_OPTIONS", " -Xmn24m\t -XX:+AlwaysPreTouch "), REPO)
                .serviceJvmOptions()).containsExactly("-Xmn24m", "-XX:+AlwaysPreTouch");
        assertThatThrownBy(() -> StackConfig.fromEnv(Map.of("KAJIMARU_SERVICE_JVM_OPTIONS", "-Xmn24m Main"), REPO))
                .hasMessageContaining("\"Main\"");
        assertThatThrownBy(() -> StackConfig.fromEnv(Map.of("KAJIMARU_SERVICE_JVM_OPTIONS", "-jar other.jar"), REPO))
                .hasMessageContaining("\"-jar\"");
    }

    @Test
    void namedServersAndCredentialsAreTakenFromTheEnvironment() {
        StackConfig config = StackConfig.fromEnv(Map.of(
                "KAJIMARU_HOME", "/var/kajimaru",
                "KAJIMARU_DB_URL", "jdbc:mariadb://127.0.0.1:3306/",
                "KAJIMARU_DB_USER", "kajimaru",
                "KAJIMARU_DB_PASSWORD", "secret",
                "KAJIMARU_KAFKA", "localhost:9092",
                "KAJIMARU_SERVICE_JAVA_HOME", "/opt/jdk-25",
                "KAJIMARU_STARTUP_CACHE", "OFF",
                "KAJIMARU_SMTP_HOST", "smtp.example.jp",
                "KAJIMARU_SMTP_USERNAME", "kajimaru"), REPO);

        assertThat(config.home()).isEqualTo(Path.of("/var/kajimaru"));
        assertThat(config.externalDbUrl()).contains("jdbc:mariadb://127.0.0.1:3306/");
        assertThat(config.dbUser()).isEqualTo("kajimaru");
        assertThat(config.dbPassword()).isEqualTo("secret");
        assertThat(config.externalKafka()).contains("localhost:9092");
        assertThat(config.serviceJavaHome()).contains(Path.of("/opt/jdk-25"));
        assertThat(config.startupCache()).isFalse();
        assertThat(config.externalMail()).contains(new MailServer("smtp.example.jp", 587, "kajimaru", ""));
    }

    @Test
    void aRelativeHomeIsResolvedAgainstTheRepoAndBlankVariablesCountAsUnset() {
        StackConfig config = StackConfig.fromEnv(Map.of(
                "KAJIMARU_HOME", "tmp/home",
                "KAJIMARU_DB_URL", "  ",
                "KAJIMARU_KAFKA", ""), REPO);

        assertThat(config.home()).isEqualTo(Path.of("/repo/tmp/home"));
        assertThat(config.externalDbUrl()).isEmpty();
        assertThat(config.externalKafka()).isEmpty();
    }

    @Test
    void theWeatherSourceIsOpenMeteoUnlessTheEnvironmentNamesAnother() {
        assertThat(StackConfig.fromEnv(Map.of("KAJIMARU_WEATHER_BASE_URL", " "), REPO).weather())
                .isEqualTo(WeatherSource.OPEN_METEO);
        StackConfig config = StackConfig.fromEnv(Map.of(
                "KAJIMARU_WEATHER_BASE_URL", "http://127.0.0.1:41234",
                "KAJIMARU_WEATHER_ENDPOINT", "jma"), REPO);

        assertThat(config.weather().springArguments())
                .containsExactly("--kajimaru.weather.base-url=http://127.0.0.1:41234", "--kajimaru.weather.endpoint=jma");
    }

    @Test
    void servicesGetTheirOwnDatabaseOnTheNamedServer() {
        DatabaseServer server = DatabaseServer.fromJdbcUrl("jdbc:mariadb://db.local:3307/ignored?useSsl=false", "root", "");

        assertThat(server.jdbcUrl("kajimaru_user")).isEqualTo("jdbc:mariadb://db.local:3307/kajimaru_user");
    }
}
