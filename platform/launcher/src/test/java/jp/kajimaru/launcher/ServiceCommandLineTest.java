package jp.kajimaru.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCommandLineTest {

    private static final DatabaseServer DB = new DatabaseServer("127.0.0.1:4000", "root", "pw");
    private static final MailServer MAIL = new MailServer("127.0.0.1", 2525, "", "");
    private static final ServiceJava JAVA_17 = new ServiceJava(Path.of("/jdk17"), 17);
    private static final ServiceJava JAVA_25 = new ServiceJava(Path.of("/jdk25"), 25);

    @Test
    void aBackendListensOnLoopbackOnlyAndIsPointedAtItsOwnDatabaseAndAtKafka() {
        ServiceSpec rotation = ServiceSpec.BACKENDS.get(1);

        List<String> command = ServiceCommandLine.of(rotation, JAVA_17, Path.of("r.jar"), List.of(), DB, "127.0.0.1:5000", MAIL);

        assertThat(command).startsWith("/jdk17/bin/java").containsSubsequence("-Xmx320m", "-XX:-ShrinkHeapInSteps", "-jar", "r.jar")
                .doesNotContain("-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=60000")
                .contains("--server.port=8082",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=jdbc:mariadb://127.0.0.1:4000/kajimaru_rotation",
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=pw",
                        "--spring.kafka.bootstrap-servers=127.0.0.1:5000",
                        "--spring.cloud.stream.kafka.binder.brokers=127.0.0.1:5000",
                        "--spring.cloud.stream.kafka.default.consumer.configuration.fetch.max.wait.ms=2000",
                        "--kajimaru.outbox.leader-check-interval=5s");
    }

    @Test
    void everyServiceRunsWithC1OnlyButUserServiceWhoseArgon2HashesNeedC2() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            List<String> command = ServiceCommandLine.of(service, JAVA_17, Path.of("s.jar"), List.of(), DB, "127.0.0.1:5000", MAIL);
            if (service.module().equals("user-service")) {
                assertThat(command).as(service.module()).doesNotContain("-XX:TieredStopAtLevel=1");
            } else {
                assertThat(command).as(service.module()).containsSubsequence("-XX:TieredStopAtLevel=1", "-jar");
            }
        }
    }

    @Test
    void everyServiceRunsOnTheBeanDefinitionsSpringAotWroteUnlessTheExtraOptionsSayOtherwise() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            List<String> command = ServiceCommandLine.of(service, JAVA_17, Path.of("s.jar"),
                    List.of("-Dspring.aot.enabled=false"), DB, "127.0.0.1:5000", MAIL);
            // The JVM takes the last of two -D for one name.
            assertThat(command).as(service.module())
                    .containsSubsequence("-Dspring.aot.enabled=true", "-Dspring.aot.enabled=false", "-jar");
        }
    }

    @Test
    void theGatewayGetsOneRoutePerBackendAndNoInfrastructure() {
        List<String> command = ServiceCommandLine.of(ServiceSpec.GATEWAY, JAVA_17, Path.of("g.jar"), List.of(), DB, "127.0.0.1:5000", MAIL);

        assertThat(command).contains("--server.port=8080",
                "--kajimaru.services.user=http://127.0.0.1:8081",
                "--kajimaru.services.weather=http://127.0.0.1:8086");
        assertThat(command).filteredOn(arg -> arg.startsWith("--kajimaru.services.")).hasSize(6);
        assertThat(command).noneMatch(arg -> arg.startsWith("--spring."));
        assertThat(command).as("the gateway is the one port reachable from outside").noneMatch(arg -> arg.startsWith("--server.address"));
    }

    @Test
    void onJava25TheStartupCacheFlagGoesBeforeTheJarWithCompactHeaders() {
        List<String> command = ServiceCommandLine.of(ServiceSpec.BACKENDS.get(0), JAVA_25, Path.of("u.jar"),
                List.of("-XX:AOTCache=/c/user.aot"), DB, "127.0.0.1:5000", MAIL);

        assertThat(command).startsWith("/jdk25/bin/java")
                .containsSubsequence("-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=60000",
                        "-XX:AOTCache=/c/user.aot", "-jar", "u.jar");
    }

    @Test
    void onlyNotificationServiceIsToldWhereToSendMail() {
        List<String> notification = ServiceCommandLine.of(ServiceSpec.NOTIFICATION, JAVA_17, Path.of("n.jar"), List.of(),
                DB, "127.0.0.1:5000", new MailServer("smtp.example.jp", 587, "kajimaru", "s3cret"));
        List<String> rotation = ServiceCommandLine.of(ServiceSpec.BACKENDS.get(1), JAVA_17, Path.of("r.jar"), List.of(),
                DB, "127.0.0.1:5000", MAIL);

        assertThat(ServiceSpec.NOTIFICATION.module()).isEqualTo("notification-service");
        assertThat(notification).contains("--spring.mail.host=smtp.example.jp", "--spring.mail.port=587",
                "--spring.mail.username=kajimaru", "--spring.mail.password=s3cret",
                "--spring.mail.properties.mail.smtp.auth=true");
        assertThat(rotation).noneMatch(arg -> arg.startsWith("--spring.mail."));
        assertThat(MAIL.springArguments()).containsExactly("--spring.mail.host=127.0.0.1", "--spring.mail.port=2525");
    }

    @Test
    void onlyWeatherServiceIsToldWhereItsForecastsComeFromAndOnlyWhenTheEnvironmentNamedIt() {
        WeatherSource recorded = new WeatherSource(java.util.Optional.of("http://127.0.0.1:41234"), java.util.Optional.of("jma"));
        ServiceSpec weatherService = ServiceSpec.BACKENDS.get(5);
        List<String> weather = ServiceCommandLine.of(weatherService, JAVA_17, Path.of("w.jar"), List.of(), DB,
                "127.0.0.1:5000", MAIL, recorded);
        List<String> rotation = ServiceCommandLine.of(ServiceSpec.BACKENDS.get(1), JAVA_17, Path.of("r.jar"), List.of(),
                DB, "127.0.0.1:5000", MAIL, recorded);
        List<String> byDefault = ServiceCommandLine.of(weatherService, JAVA_17, Path.of("w.jar"), List.of(), DB,
                "127.0.0.1:5000", MAIL);

        assertThat(weatherService.module()).isEqualTo("weather-service");
        assertThat(weather).contains("--kajimaru.weather.base-url=http://127.0.0.1:41234", "--kajimaru.weather.endpoint=jma");
        assertThat(rotation).noneMatch(arg -> arg.startsWith("--kajimaru.weather."));
        assertThat(byDefault).as("the service's own default: the real Open-Meteo").noneMatch(arg -> arg.startsWith("--kajimaru.weather."));
    }

    @Test
    void jarsAreTheBootExecJarsOfEachModule() {
        assertThat(ServiceSpec.GATEWAY.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar"));
    }
}
