package jp.kajimaru.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The images Jib really built (module/target/jib-image.tar, OCI layout) against what docker-compose.yml and k8s/
 * expect. Skipped unless they were built first; CI builds them offline on an empty base:
 * {@code ./mvnw -Pimages -Djib.from.image=scratch -Dkajimaru.image.goal=buildTar -DskipTests package}.
 */
class BuiltImagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyBuiltImageRunsAsTheUserOnThePortsWithTheEnvironmentTheDeploymentsExpect() {
        List<String> built = Repo.runnableModules().stream()
                .filter(m -> Files.isRegularFile(Repo.path(m + "/target/jib-image.tar"))).toList();
        assumeTrue(!built.isEmpty(), "SKIPPED: no image tarballs; build them with ./mvnw -Pimages -Djib.from.image=scratch "
                + "-Dkajimaru.image.goal=buildTar -DskipTests package (.ci/run does after the tests)");
        System.out.println("BuiltImagesTest checks the images of " + built);
        JsonNode compose = Repo.yaml(Repo.path("docker-compose.yml")).path("services");
        for (String module : built) {
            Map<String, byte[]> files = untar(Repo.path(module + "/target/jib-image.tar"));
            JsonNode index = JSON.readTree(files.get("index.json"));
            assertThat(index.path("manifests").get(0).path("annotations").path("org.opencontainers.image.ref.name").asString())
                    .isEqualTo(compose.path(module).path("image").asString());
            JsonNode manifest = JSON.readTree(blob(files, index.path("manifests").get(0).path("digest").asString()));
            JsonNode config = JSON.readTree(blob(files, manifest.path("config").path("digest").asString())).path("config");

            assertThat(config.path("User").asString()).as("%s user", module).isEqualTo("10001:10001");
            assertThat(config.path("ExposedPorts").has(Repo.serverPort(module) + "/tcp")).as("%s exposes its port", module).isTrue();
            assertThat(config.path("ExposedPorts").has(Repo.MANAGEMENT_PORT + "/tcp")).isTrue();
            assertThat(config.path("Env").toString()).contains("MANAGEMENT_SERVER_PORT=" + Repo.MANAGEMENT_PORT);
            List<String> entrypoint = new java.util.ArrayList<>();
            config.path("Entrypoint").forEach(e -> entrypoint.add(e.asString()));
            assertThat(entrypoint.get(0)).isEqualTo("java");
            assertThat(entrypoint).contains("-XX:+ExitOnOutOfMemoryError");
            assertThat(entrypoint.get(entrypoint.size() - 1)).as("%s main class", module).startsWith("jp.kajimaru.");
            assertThat(config.path("Labels").path("org.opencontainers.image.title").asString()).isEqualTo(module);
        }
    }

    private static byte[] blob(Map<String, byte[]> files, String digest) {
        byte[] b = files.get("blobs/" + digest.replace(':', '/'));
        assertThat(b).as("blob %s", digest).isNotNull();
        return b;
    }

    /** The small files of a tar archive (the layers are skipped: only JSON is read). */
    private static Map<String, byte[]> untar(Path tar) {
        Map<String, byte[]> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = cString(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
                long padded = (size + 511) / 512 * 512;
                if (size < 1_000_000) {
                    byte[] content = in.readNBytes((int) padded);
                    out.put(name.startsWith("./") ? name.substring(2) : name, java.util.Arrays.copyOf(content, (int) size));
                } else {
                    in.skipNBytes(padded);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String cString(byte[] b, int offset, int length) {
        int end = offset;
        while (end < offset + length && b[end] != 0) {
            end++;
        }
        return new String(b, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
