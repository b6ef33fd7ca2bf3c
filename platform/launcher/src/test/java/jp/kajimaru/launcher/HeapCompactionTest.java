package jp.kajimaru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HeapCompactionTest {

    @TempDir
    Path dir;

    /** Stands in for a service: a JVM that runs until it is stopped. */
    public static final class Idle {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("ready");
            Thread.sleep(120_000);
        }
    }

    @Test
    void aRunningJvmIsToldToCollectAndTrimOnce() throws Exception {
        ServiceJava java = ServiceJava.of(Path.of(System.getProperty("java.home")));
        Path gcLog = dir.resolve("gc.log");
        Process service = new ProcessBuilder(java.executable().toString(), "-XX:+UseSerialGC", "-XX:-ShrinkHeapInSteps",
                "-Xlog:gc,trimnative:file=" + gcLog, "-cp", System.getProperty("java.class.path"), Idle.class.getName())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(service.getInputStream().readNBytes(5))).isEqualTo("ready");

            HeapCompaction.compact(java, List.of(service.pid()), dir);

            await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(gcLog).contains("Pause Full")
                    && Files.readString(gcLog).contains("Manual Trim"));
        } finally {
            service.destroyForcibly();
        }
    }

    @Test
    void aJavaWithoutTheJdkToolsIsLeftAlone() throws IOException {
        Path runtime = Files.createDirectories(dir.resolve("jre").resolve("bin"));
        Files.createFile(runtime.resolve("java")).toFile().setExecutable(true);
        ServiceJava jre = new ServiceJava(runtime.getParent(), 25);

        assertThat(HeapCompaction.command(jre, 42, dir.resolve("commands"))).isEmpty();
        assertThat(HeapCompaction.command(ServiceJava.of(Path.of(System.getProperty("java.home"))), 42, dir.resolve("c")))
                .hasValueSatisfying(c -> assertThat(c).endsWith("42", "-f", dir.resolve("c").toString()));
    }
}
