package jp.kajimaru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceJavaTest {

    @TempDir
    Path jvms;

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.createFile(home.resolve("bin").resolve("java"));
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
        return home;
    }

    @Test
    void readsTheFeatureReleaseFromTheReleaseFile() throws IOException {
        assertThat(ServiceJava.of(jdk("a", "17.0.15")).feature()).isEqualTo(17);
        assertThat(ServiceJava.of(jdk("b", "25")).feature()).isEqualTo(25);
        assertThat(ServiceJava.of(jdk("c", "1.8.0_402")).feature()).isEqualTo(8);
        assertThat(ServiceJava.of(jvms.resolve("missing")).feature()).isZero();
    }

    @Test
    void prefersTheNewestJdkWithAnAotCacheWhenTheLauncherRunsOnAnOlderOne() throws IOException {
        Path own = jdk("java-17", "17.0.15");
        jdk("temurin-25", "25.0.1");
        jdk("temurin-26", "26");

        ServiceJava chosen = ServiceJava.choose(Optional.empty(), own, jvms);

        assertThat(chosen.home()).isEqualTo(jvms.resolve("temurin-26"));
        assertThat(chosen.hasAotCache()).isTrue();
    }

    @Test
    void aNamedJdkWinsAndTheLaunchersOwnIsTheFallback() throws IOException {
        Path own = jdk("java-17", "17.0.15");
        Path named = jdk("named-21", "21.0.2");

        assertThat(ServiceJava.choose(Optional.of(named), own, jvms).home()).isEqualTo(named);
        assertThat(ServiceJava.choose(Optional.empty(), own, jvms.resolve("none")).home()).isEqualTo(own);
        assertThat(ServiceJava.choose(Optional.empty(), own, jvms.resolve("none")).hasAotCache()).isFalse();
    }
}
