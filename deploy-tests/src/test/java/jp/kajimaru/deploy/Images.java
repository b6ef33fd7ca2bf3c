package jp.kajimaru.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/** The Jib configuration of the root pom (pluginManagement), which every image of this build is made with. */
final class Images {

    private Images() {
    }

    static Element rootProject() {
        return Repo.xml(Repo.path("pom.xml")).getDocumentElement();
    }

    static String projectVersion() {
        return Repo.text(rootProject(), "version");
    }

    static Map<String, String> properties() {
        Map<String, String> out = new LinkedHashMap<>();
        Element props = Repo.child(rootProject(), "properties");
        for (var node = props.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                out.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        return out;
    }

    static Element jibConfiguration() {
        Element plugins = Repo.child(Repo.child(Repo.child(rootProject(), "build"), "pluginManagement"), "plugins");
        return Repo.children(plugins, "plugin").stream()
                .filter(p -> "jib-maven-plugin".equals(Repo.text(p, "artifactId")))
                .map(p -> Repo.child(p, "configuration")).findFirst()
                .orElseThrow(() -> new AssertionError("no jib-maven-plugin in the root pom's pluginManagement"));
    }

    /** {@code kajimaru/<module>}: the image name (without tag) Jib gives a module. */
    static String imageName(String module) {
        String to = Repo.text(Repo.child(jibConfiguration(), "to"), "image");
        String name = to.replace("${project.artifactId}", module).replace("${project.version}", projectVersion());
        return name.substring(0, name.lastIndexOf(':'));
    }

    static String tag() {
        String to = Repo.text(Repo.child(jibConfiguration(), "to"), "image");
        return to.substring(to.lastIndexOf(':') + 1).replace("${project.version}", projectVersion());
    }

    static Element container() {
        return Repo.child(jibConfiguration(), "container");
    }

    static String user() {
        return Repo.text(container(), "user");
    }

    static List<String> ports() {
        return Repo.children(Repo.child(container(), "ports"), "port").stream().map(e -> e.getTextContent().trim()).toList();
    }

    static Map<String, String> children(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Element parent = Repo.child(container(), tag);
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                out.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        return out;
    }

    static List<String> jvmFlags() {
        return Repo.children(Repo.child(container(), "jvmFlags"), "jvmFlag").stream().map(e -> e.getTextContent().trim()).toList();
    }

    static boolean exposes(int port) {
        return ports().stream().anyMatch(p -> {
            String[] range = p.split("-");
            int low = Integer.parseInt(range[0]);
            int high = range.length > 1 ? Integer.parseInt(range[1]) : low;
            return port >= low && port <= high;
        });
    }
}
