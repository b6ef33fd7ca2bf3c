package jp.kajimaru.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsToolsTest {

    private static final Path RULES = Path.of("../../ops/prometheus/rules/kajimaru.yml").toAbsolutePath().normalize();

    @Test
    void prometheusScrapesEveryServiceOnLoopbackWithTheRepositorysRules() {
        String yml = OpsTools.prometheusConfig(RULES);

        assertThat(yml).contains("metrics_path: /actuator/prometheus", "job_name: kajimaru", RULES.toString());
        ServiceSpec.ALL.forEach(s -> assertThat(yml)
                .contains("- targets: [\"127.0.0.1:" + s.port() + "\"]\n        labels: {service: " + s.module() + "}"));
    }

    /** The written configuration is one Prometheus accepts, alert rules included (where promtool is installed). */
    @Test
    void promtoolAcceptsTheWrittenConfiguration(@TempDir Path dir) throws Exception {
        Optional<Path> promtool = OpsTools.onPath("promtool");
        assumeTrue(promtool.isPresent(), "promtool (Debian package prometheus) not installed");
        Path yml = dir.resolve("prometheus.yml");
        Files.writeString(yml, OpsTools.prometheusConfig(RULES));

        Process check = new ProcessBuilder(promtool.get().toString(), "check", "config", yml.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(output).isZero();
        assertThat(output).contains("SUCCESS");
    }

    @Test
    void zipkinListensOnLoopbackOnly() {
        assertThat(OpsTools.zipkinCommand(Path.of("/jdk/bin/java"), Path.of("z.jar")))
                .containsSubsequence("/jdk/bin/java", "-jar", "z.jar")
                .contains("--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=9411");
    }
}
