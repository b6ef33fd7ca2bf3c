package jp.kajimaru.tracing;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/** Leaves out Spring Boot's Brave-to-Zipkin configuration: {@link ZipkinExportAutoConfiguration} takes its place. */
public class BootZipkinExportFilter implements AutoConfigurationImportFilter {

    static final String BOOT_ZIPKIN_WITH_BRAVE =
            "org.springframework.boot.micrometer.tracing.brave.autoconfigure.zipkin.ZipkinWithBraveTracingAutoConfiguration";

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            matches[i] = !BOOT_ZIPKIN_WITH_BRAVE.equals(autoConfigurationClasses[i]);
        }
        return matches;
    }
}
