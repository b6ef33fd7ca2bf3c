package jp.kajimaru.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Renders every overlay with {@code kubectl kustomize} and checks the objects, parsed with fabric8's Kubernetes model,
 * against the code: one Deployment and Service per runnable module, ports from application.yml, the gateway's
 * backends, probes on the actuator's health groups, limits, a locked-down security context, images from this build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private final Map<String, List<HasMetadata>> rendered = new HashMap<>();

    @BeforeAll
    void render() {
        Path kubectl = Tool.require("kubectl", "kubectl >= 1.27 with kustomize");
        for (String overlay : List.of("dev", "prod")) {
            Tool.Result r = Tool.run(kubectl, "kustomize", "k8s/overlays/" + overlay);
            assertThat(r.exitCode()).as("kubectl kustomize k8s/overlays/%s:%n%s", overlay, r.output()).isZero();
            List<HasMetadata> objects = new ArrayList<>();
            for (String doc : Pattern.compile("(?m)^---\\s*$").split(r.output())) {
                if (!doc.isBlank()) {
                    objects.add(SERIALIZATION.unmarshal(doc, HasMetadata.class));
                }
            }
            rendered.put(overlay, objects);
        }
    }

    private <T extends HasMetadata> List<T> all(String overlay, Class<T> type) {
        return rendered.get(overlay).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T extends HasMetadata> T named(String overlay, Class<T> type, String name) {
        return all(overlay, type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + type.getSimpleName() + " named " + name));
    }

    private static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as("%s's containers", d.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    private static int port(Container c, String name) {
        return c.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new AssertionError(c.getName() + " has no port named " + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRunnableModuleHasADeploymentAndAServiceOnItsOwnPort(String overlay) {
        List<String> modules = Repo.runnableModules();
        assertThat(modules).contains("gateway", "user-service", "rotation-service");
        assertThat(all(overlay, Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(modules);
        for (String module : modules) {
            Container c = container(named(overlay, Deployment.class, module));
            int http = Repo.serverPort(module);
            assertThat(port(c, "http")).as("%s container port vs. its application.yml", module).isEqualTo(http);
            assertThat(port(c, "management")).isEqualTo(Repo.MANAGEMENT_PORT);
            Service s = named(overlay, Service.class, module);
            assertThat(s.getSpec().getSelector()).isEqualTo(
                    named(overlay, Deployment.class, module).getSpec().getSelector().getMatchLabels());
            ServicePort sp = s.getSpec().getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow();
            assertThat(sp.getPort()).as("%s Service port", module).isEqualTo(http);
            assertThat(sp.getTargetPort().getStrVal()).isEqualTo("http");
            Map<String, String> env = environment(overlay, c);
            assertThat(env.get("SERVER_PORT")).isEqualTo(Integer.toString(http));
            assertThat(env.get("MANAGEMENT_SERVER_PORT")).isEqualTo(Integer.toString(Repo.MANAGEMENT_PORT));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentProbesTheActuatorHealthGroupsAndIsLockedDown(String overlay) {
        for (Deployment d : all(overlay, Deployment.class)) {
            String name = d.getMetadata().getName();
            Container c = container(d);
            assertProbe(name + " startup", c.getStartupProbe(), "/actuator/health/liveness");
            assertProbe(name + " readiness", c.getReadinessProbe(), "/actuator/health/readiness");
            assertProbe(name + " liveness", c.getLivenessProbe(), "/actuator/health/liveness");
            assertThat(c.getStartupProbe().getFailureThreshold() * c.getStartupProbe().getPeriodSeconds())
                    .as("%s may take this many seconds to start", name).isGreaterThanOrEqualTo(120);

            Map<String, Quantity> requests = c.getResources().getRequests();
            Map<String, Quantity> limits = c.getResources().getLimits();
            assertThat(requests).as("%s requests", name).containsKeys("cpu", "memory");
            assertThat(limits).as("%s limits", name).containsKeys("cpu", "memory");
            assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                    .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));

            PodSpec pod = d.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as("%s runAsNonRoot", name).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as("%s runAsUser", name).isNotNull().isPositive();
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as("%s read-only root", name).isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
            assertThat(c.getVolumeMounts()).as("%s writable /tmp", name)
                    .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
            String tmpVolume = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                    .orElseThrow().getName();
            assertThat(pod.getVolumes()).anySatisfy(v -> {
                assertThat(v.getName()).isEqualTo(tmpVolume);
                assertThat(v.getEmptyDir()).isNotNull();
            });

            String version = Images.projectVersion();
            assertThat(c.getImage()).as("%s image", name).isEqualTo(Images.imageName(name) + ":" + version);
        }
    }

    private static void assertProbe(String what, Probe probe, String path) {
        assertThat(probe).as(what + " probe").isNotNull();
        assertThat(probe.getHttpGet()).as(what + " probe is an HTTP GET").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what + " path").isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what + " port").isEqualTo("management");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayReachesEveryBackendItRoutesToUnderItsServiceNameAndPort(String overlay) {
        Map<String, String> env = environment(overlay, container(named(overlay, Deployment.class, "gateway")));
        for (String backend : Repo.gatewayRouteBackends()) {
            String variable = "KAJIMARU_SERVICES_" + backend.toUpperCase();
            assertThat(env).as("gateway env for the %s routes", backend).containsKey(variable);
            URI uri = URI.create(env.get(variable));
            String module = backend + "-service";
            assertThat(uri.getHost()).isEqualTo(named(overlay, Service.class, module).getMetadata().getName());
            assertThat(uri.getPort()).as("%s port", module).isEqualTo(Repo.serverPort(module));
        }
        assertThat(Repo.gatewayRouteBackends().stream().map(b -> b + "-service").toList())
                .containsExactlyInAnyOrderElementsOf(Repo.serviceModules());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEnvironmentVariableReachesAPropertyTheServiceReads(String overlay) {
        for (Deployment d : all(overlay, Deployment.class)) {
            String module = d.getMetadata().getName();
            ReadProperties reads = ReadProperties.of(module);
            Map<String, String> env = environment(overlay, container(d));
            assertThat(env.keySet()).as("%s environment variables nothing in %s reads", module, module)
                    .allSatisfy(variable -> assertThat(reads.reads(variable)).as(variable).isTrue());
            if (!module.equals("gateway")) {
                String database = Repo.databaseName(module);
                assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:mysql://mysql:3306/" + database);
                assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(database);
                assertThat(env).containsEntry("SPRING_JPA_DATABASE_PLATFORM", "org.hibernate.dialect.MySQLDialect")
                        .containsKeys("SPRING_DATASOURCE_PASSWORD", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
                                "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", "KAJIMARU_SECURITY_JWKS_URI");
            }
        }
        assertThat(named(overlay, Service.class, "mysql").getSpec().getType()).isEqualTo("ExternalName");
    }

    /** The container's environment with ConfigMap references resolved; Secret values are never in the output. */
    private Map<String, String> environment(String overlay, Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : Objects.requireNonNullElse(c.getEnvFrom(), List.<EnvFromSource>of())) {
            assertThat(from.getConfigMapRef()).as("%s envFrom takes ConfigMaps only", c.getName()).isNotNull();
            env.putAll(named(overlay, ConfigMap.class, from.getConfigMapRef().getName()).getData());
        }
        for (EnvVar v : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
            if (v.getValueFrom() != null && v.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = v.getValueFrom().getConfigMapKeyRef();
                ConfigMap cm = named(overlay, ConfigMap.class, ref.getName());
                assertThat(cm.getData()).as("%s: ConfigMap %s", v.getName(), ref.getName()).containsKey(ref.getKey());
                env.put(v.getName(), cm.getData().get(ref.getKey()));
            } else if (v.getValueFrom() != null) {
                assertThat(v.getValueFrom().getSecretKeyRef()).as("%s comes from a Secret", v.getName()).isNotNull();
                env.put(v.getName(), "<secret " + v.getValueFrom().getSecretKeyRef().getName() + ">");
            } else {
                env.put(v.getName(), v.getValue());
            }
        }
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsAreReferencedButNeverCommitted(String overlay) {
        assertThat(all(overlay, Secret.class)).as("Secret objects in the rendered %s overlay", overlay).isEmpty();
        Set<String> referenced = all(overlay, Deployment.class).stream()
                .flatMap(d -> Objects.requireNonNullElse(container(d).getEnv(), List.<EnvVar>of()).stream())
                .filter(v -> v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
                .map(v -> v.getValueFrom().getSecretKeyRef().getName() + "/" + v.getValueFrom().getSecretKeyRef().getKey())
                .collect(Collectors.toCollection(TreeSet::new));
        String readme = Repo.read(Repo.path("k8s/README.md"));
        for (String ref : referenced) {
            String secret = ref.substring(0, ref.indexOf('/'));
            String key = ref.substring(ref.indexOf('/') + 1);
            assertThat(readme).as("k8s/README.md documents how to create %s", ref)
                    .containsPattern("kubectl (-n \\S+ )?create secret generic " + secret).contains("--from-literal=" + key + "=");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsExposedAndOnlyTheGatewayReachesTheServices(String overlay) {
        assertThat(all(overlay, Ingress.class)).hasSize(1);
        Ingress ingress = all(overlay, Ingress.class).get(0);
        assertThat(ingress.getSpec().getRules()).flatExtracting(r -> r.getHttp().getPaths())
                .allSatisfy(p -> assertThat(p.getBackend().getService().getName()).isEqualTo("gateway"));
        assertThat(all(overlay, Service.class)).allSatisfy(s ->
                assertThat(s.getSpec().getType()).as(s.getMetadata().getName()).isIn(null, "ClusterIP", "ExternalName"));

        List<NetworkPolicy> policies = all(overlay, NetworkPolicy.class);
        assertThat(policies).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
        });
        // Which sources may reach which port of each backend: the HTTP port from the gateway (and, for user-service's
        // signing keys, from the other services), the management port from Prometheus only.
        for (String module : Repo.serviceModules()) {
            Deployment d = named(overlay, Deployment.class, module);
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicyIngressRule> rules = policies.stream()
                    .filter(p -> p.getSpec().getPodSelector().getMatchLabels() != null
                            && !p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                            && labels.entrySet().containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                    .flatMap(p -> p.getSpec().getIngress().stream()).toList();
            assertThat(rules).as("%s has ingress rules", module).isNotEmpty();
            for (NetworkPolicyIngressRule rule : rules) {
                assertThat(rule.getPorts()).as("%s: every rule names its ports", module).isNotEmpty();
                Set<String> ports = rule.getPorts().stream().map(NetworkPolicyPort::getPort).map(p -> p.getStrVal())
                        .collect(Collectors.toSet());
                rule.getFrom().forEach(peer -> {
                    Map<String, String> from = peer.getPodSelector() == null ? Map.of() : peer.getPodSelector().getMatchLabels();
                    if (ports.contains("management")) {
                        assertThat(ports).containsExactly("management");
                        assertThat(from).containsEntry("app.kubernetes.io/name", "prometheus");
                        assertThat(peer.getNamespaceSelector()).isNotNull();
                    } else {
                        assertThat(ports).containsExactly("http");
                        assertThat(peer.getNamespaceSelector()).isNull();
                        if (!module.equals("user-service")) {
                            assertThat(from).as("%s http from", module).isEqualTo(Map.of("app.kubernetes.io/name", "gateway"));
                        }
                    }
                });
            }
            assertThat(rules).as("%s: Prometheus reaches the management port", module)
                    .anySatisfy(r -> assertThat(r.getPorts()).extracting(p -> p.getPort().getStrVal()).containsExactly("management"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void statelessServicesScaleAndEveryDeploymentHasADisruptionBudget(String overlay) {
        Set<String> budgets = all(overlay, PodDisruptionBudget.class).stream()
                .map(p -> p.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name")).collect(Collectors.toSet());
        assertThat(budgets).containsExactlyInAnyOrderElementsOf(Repo.runnableModules());
        List<HorizontalPodAutoscaler> hpas = all(overlay, HorizontalPodAutoscaler.class);
        assertThat(hpas).extracting(h -> h.getSpec().getScaleTargetRef().getName())
                .containsExactlyInAnyOrderElementsOf(Repo.runnableModules().stream()
                        .filter(m -> !m.equals("notification-service")).toList());
        hpas.forEach(h -> assertThat(h.getSpec().getMaxReplicas()).isGreaterThan(h.getSpec().getMinReplicas()));
        if (overlay.equals("prod")) {
            hpas.forEach(h -> assertThat(h.getSpec().getMinReplicas()).as("prod keeps two replicas").isGreaterThanOrEqualTo(2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEventTopicAndItsDeadLetterTopicIsDeclared(String overlay) {
        List<GenericKubernetesResource> topics = all(overlay, GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals("KafkaTopic")).toList();
        Map<String, Map<String, Object>> byName = topics.stream().collect(Collectors.toMap(
                t -> String.valueOf(spec(t).get("topicName")),
                KubernetesManifestsTest::spec));
        List<String> eventTopics = Topics.eventTopics();
        assertThat(eventTopics).isNotEmpty();
        Set<String> expected = eventTopics.stream().flatMap(t -> Stream.of(t, t + Topics.dlqSuffix()))
                .collect(Collectors.toSet());
        assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        byName.forEach((name, spec) -> {
            assertThat((Integer) spec.get("partitions")).as("%s partitions", name).isPositive();
            assertThat((Integer) spec.get("replicas")).as("%s replicas", name).isPositive();
        });
        // Consumers scale out with partitions: a topic has at least as many as its largest consumer can have replicas.
        int maxReplicas = all(overlay, HorizontalPodAutoscaler.class).stream()
                .mapToInt(h -> h.getSpec().getMaxReplicas()).max().orElse(1);
        eventTopics.forEach(t -> assertThat((Integer) byName.get(t).get("partitions")).as("%s partitions", t)
                .isGreaterThanOrEqualTo(maxReplicas));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource r) {
        return (Map<String, Object>) r.getAdditionalProperties().get("spec");
    }
}
