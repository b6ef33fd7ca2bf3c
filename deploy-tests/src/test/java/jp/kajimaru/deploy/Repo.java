package jp.kajimaru.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The source tree this module checks: modules of the root pom, their application.yml and the code's properties. */
final class Repo {

    static final Path ROOT = locateRoot();
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** The actuator's port in every container (compose, k8s, the image's environment). */
    static final int MANAGEMENT_PORT = 9080;

    private Repo() {
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("k8s")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (with pom.xml and k8s/) not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(Path file) {
        return YAML.readTree(read(file));
    }

    static Document xml(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + file, e);
        }
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? null : e.getTextContent().trim();
    }

    /** Modules of the root pom (the default build, not profiles). */
    static List<String> modules() {
        Element project = xml(path("pom.xml")).getDocumentElement();
        return children(child(project, "modules"), "module").stream().map(Node::getTextContent).map(String::trim).toList();
    }

    /** Modules that run as a process of their own: they have an application.yml (the gateway and every service). */
    static List<String> runnableModules() {
        return modules().stream().filter(m -> Files.isRegularFile(applicationYml(m))).toList();
    }

    static List<String> serviceModules() {
        return runnableModules().stream().filter(m -> m.endsWith("-service")).toList();
    }

    static Path applicationYml(String module) {
        return path(module + "/src/main/resources/application.yml");
    }

    static JsonNode applicationConfig(String module) {
        return yaml(applicationYml(module));
    }

    static int serverPort(String module) {
        JsonNode port = applicationConfig(module).path("server").path("port");
        if (!port.isNumber()) {
            throw new IllegalStateException(module + "'s application.yml has no numeric server.port");
        }
        return port.asInt();
    }

    /** The schema a service uses, from its application.yml's datasource URL ({@code kajimaru_user}). */
    static String databaseName(String module) {
        String url = applicationConfig(module).path("spring").path("datasource").path("url").asString();
        Matcher m = Pattern.compile("jdbc:[a-z]+://[^/]+/([A-Za-z0-9_]+).*").matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException(module + ": no database in spring.datasource.url " + url);
        }
        return m.group(1);
    }

    /** Every leaf key of a YAML tree, dotted ({@code spring.datasource.url}); list items keep their parent's key. */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                flatten(prefix, item, out);
            }
        } else {
            out.put(prefix, node.isNull() ? "" : node.asString());
        }
    }

    /** The gateway's backends: {@code kajimaru.services.<name>} → default base URL, as its application.yml has them. */
    static Map<String, URI> gatewayBackends() {
        Map<String, URI> out = new LinkedHashMap<>();
        applicationConfig("gateway").path("kajimaru").path("services").properties()
                .forEach(e -> out.put(e.getKey(), URI.create(e.getValue().asString())));
        return out;
    }

    /** The {@code ${kajimaru.services.x}} placeholders the gateway's routes use. */
    static List<String> gatewayRouteBackends() {
        Matcher m = Pattern.compile("\\$\\{kajimaru\\.services\\.([a-z-]+)}").matcher(read(applicationYml("gateway")));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Java sources of a module's (or platform library's) main code. */
    static List<Path> mainSources(String module) {
        Path dir = path(module + "/src/main/java");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
