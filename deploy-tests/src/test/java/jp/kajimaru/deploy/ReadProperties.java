package jp.kajimaru.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration a module reads, gathered from the source tree: the keys of its application.yml, the environment
 * variables its application.yml names in placeholders, the {@code ${...}} placeholders of its code and the platform
 * libraries it runs with, their {@code @ConfigurationProperties} records, the platform's defaults
 * (MessagingDefaults) and a short list of Spring Boot / Spring Cloud properties that no file of ours sets but the
 * deployments do on purpose.
 */
final class ReadProperties {

    /** Spring Boot properties the deployments set which no application.yml of ours mentions (every module). */
    static final Set<String> FRAMEWORK = Set.of(
            "server.port",
            "management.server.port",
            "management.tracing.export.zipkin.enabled",
            "management.tracing.export.zipkin.endpoint",
            "management.tracing.sampling.probability",
            "management.metrics.distribution.percentiles-histogram.http.server.requests",
            "logging.structured.format.console");

    /** ... and those only the services (database, Kafka, mail) read, not the gateway. */
    static final Set<String> SERVICE_FRAMEWORK = Set.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.jpa.database-platform",
            "spring.kafka.bootstrap-servers",
            "spring.cloud.stream.kafka.binder.brokers",
            "spring.cloud.stream.kafka.binder.auto-create-topics",
            "spring.mail.username",
            "spring.mail.password");

    private static final List<String> PLATFORM_LIBRARIES = List.of("platform/messaging", "platform/web");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)");
    private static final Pattern DEFAULT_PUT = Pattern.compile("d\\.put\\(\"([^\"]+)\"");
    private static final Pattern CONFIG_RECORD = Pattern.compile(
            "@ConfigurationProperties\\(\"([^\"]+)\"\\)\\s*(?:@\\w+\\s*)*public\\s+record\\s+\\w+\\s*\\(([^)]*)\\)", Pattern.DOTALL);

    private final Set<String> properties = new TreeSet<>();
    private final Set<String> environmentNames = new TreeSet<>();

    private ReadProperties() {
    }

    static ReadProperties of(String module) {
        ReadProperties r = new ReadProperties();
        r.properties.addAll(FRAMEWORK);
        if (!module.equals("gateway")) {
            r.properties.addAll(SERVICE_FRAMEWORK);
        }
        String yml = Repo.read(Repo.applicationYml(module));
        r.properties.addAll(Repo.flatten(Repo.yaml(Repo.applicationYml(module))).keySet());
        Matcher env = PLACEHOLDER.matcher(yml);
        while (env.find()) {
            String name = env.group(1);
            if (name.equals(name.toUpperCase(Locale.ROOT))) {
                r.environmentNames.add(name);
            } else {
                r.properties.add(name);
            }
        }
        List<String> codeRoots = new ArrayList<>(List.of(module));
        if (!module.equals("gateway")) {
            codeRoots.addAll(PLATFORM_LIBRARIES);
        }
        for (String root : codeRoots) {
            for (Path source : Repo.mainSources(root)) {
                String code = Repo.read(source);
                Matcher m = PLACEHOLDER.matcher(code);
                while (m.find()) {
                    r.properties.add(m.group(1));
                }
                Matcher d = DEFAULT_PUT.matcher(code);
                while (source.getFileName().toString().equals("MessagingDefaults.java") && d.find()) {
                    r.properties.add(d.group(1));
                }
                Matcher rec = CONFIG_RECORD.matcher(code);
                while (rec.find()) {
                    for (String component : rec.group(2).split(",")) {
                        String[] parts = component.trim().split("\\s+");
                        if (parts.length >= 2) {
                            r.properties.add(rec.group(1) + "." + parts[parts.length - 1]);
                        }
                    }
                }
            }
        }
        return r;
    }

    /**
     * Whether an environment variable reaches a property this module reads, by Spring Boot's relaxed binding
     * (upper case, dots and dashes as underscores or dropped), or is an environment name the module's
     * application.yml reads itself.
     */
    boolean reads(String environmentVariable) {
        if (environmentNames.contains(environmentVariable)) {
            return true;
        }
        String env = canonical(environmentVariable);
        return properties.stream().anyMatch(p -> canonical(p).equals(env));
    }

    Set<String> properties() {
        return properties;
    }

    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
