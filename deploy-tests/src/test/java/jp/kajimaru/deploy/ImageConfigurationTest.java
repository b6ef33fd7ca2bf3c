package jp.kajimaru.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The Jib configuration (root pom) agrees with what docker-compose.yml and k8s/ expect of the images. Building an image
 * needs the base image from a registry, which CI here cannot reach; this is what can be checked offline.
 */
class ImageConfigurationTest {

    @Test
    void imagesRunAsTheNonRootUserKubernetesExpects() {
        assertThat(Images.user()).isEqualTo("10001:10001");
        String deployment = Repo.read(Repo.path("k8s/base/services/gateway.yaml"));
        assertThat(deployment).contains("runAsUser: 10001", "runAsGroup: 10001", "runAsNonRoot: true");
    }

    @Test
    void imagesExposeEveryServicePortAndTheManagementPortAndSetIt() {
        for (String module : Repo.runnableModules()) {
            assertThat(Images.exposes(Repo.serverPort(module))).as("image exposes %s's port", module).isTrue();
        }
        assertThat(Images.exposes(Repo.MANAGEMENT_PORT)).isTrue();
        assertThat(Images.children("environment")).containsEntry("MANAGEMENT_SERVER_PORT", Integer.toString(Repo.MANAGEMENT_PORT));
    }

    @Test
    void aJava17RuntimeBaseWithContainerAwareJvmFlagsAndOciLabels() {
        Map<String, String> props = Images.properties();
        assertThat(Repo.text(Repo.child(Images.jibConfiguration(), "from"), "image")).isEqualTo("${kajimaru.image.base}");
        assertThat(props.get("kajimaru.image.base")).matches("eclipse-temurin:17(\\.[0-9._]+)?-jre.*");
        assertThat(props).containsEntry("kajimaru.image.skip", "true");
        List<String> flags = Images.jvmFlags();
        assertThat(flags).anySatisfy(f -> assertThat(f).startsWith("-XX:MaxRAMPercentage="))
                .contains("-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp");
        assertThat(flags).noneSatisfy(f -> assertThat(f).startsWith("-Xmx"));
        assertThat(Images.children("labels")).containsKeys("org.opencontainers.image.title",
                "org.opencontainers.image.version", "org.opencontainers.image.source", "org.opencontainers.image.base.name");
        assertThat(Repo.text(Images.container(), "format")).isEqualTo("OCI");
    }

    @Test
    void theImagesProfileBuildsExactlyTheRunnableModules() {
        Element project = Images.rootProject();
        List<Element> profiles = Repo.children(Repo.child(project, "profiles"), "profile");
        Element images = profiles.stream().filter(p -> "images".equals(Repo.text(p, "id"))).findFirst().orElseThrow();
        assertThat(Repo.child(Repo.child(images, "build"), "plugins").getTextContent()).contains("jib-maven-plugin", "package");
        Element module = profiles.stream().filter(p -> "image-module".equals(Repo.text(p, "id"))).findFirst().orElseThrow();
        // the activation that picks the modules is the same test Repo.runnableModules() uses
        assertThat(Repo.text(Repo.child(Repo.child(module, "activation"), "file"), "exists"))
                .isEqualTo("${basedir}/src/main/resources/application.yml");
        assertThat(Repo.text(Repo.child(module, "properties"), "kajimaru.image.skip")).isEqualTo("false");
        // to the daemon where there is one, to a tarball where there is none
        assertThat(Images.properties()).containsEntry("kajimaru.image.goal", "dockerBuild");
        Element tarball = profiles.stream().filter(p -> "image-tarball".equals(Repo.text(p, "id"))).findFirst().orElseThrow();
        assertThat(Repo.text(Repo.child(Repo.child(tarball, "activation"), "file"), "missing")).isEqualTo("/var/run/docker.sock");
        assertThat(Repo.text(Repo.child(tarball, "properties"), "kajimaru.image.goal")).isEqualTo("buildTar");
        assertThat(Repo.runnableModules()).containsExactlyInAnyOrder("gateway", "user-service", "rotation-service",
                "inventory-service", "shopping-service", "notification-service", "weather-service");
    }
}
