package jp.kajimaru.testsupport;

import java.util.List;
import java.util.Objects;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Wires {@link RealInfrastructure} test classes to the shared servers; one schema per test class. */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(RealInfrastructure.class);
        return wanted ? new Customizer(testClass) : null;
    }

    private record Customizer(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     MergedContextConfiguration config) {
            TestDatabase db = TestDatabase.get();
            String kafka = TestKafka.get().bootstrapServers();
            String url = db.createSchema(testClass.getSimpleName());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kajimaru-real-infrastructure",
                    java.util.Map.of(
                            "spring.datasource.url", url,
                            "spring.datasource.username", db.user(),
                            "spring.datasource.password", db.password(),
                            "spring.kafka.bootstrap-servers", kafka,
                            "spring.cloud.stream.kafka.binder.brokers", kafka)));
            context.getBeanFactory().registerSingleton("kajimaruTestClock", TestClock.shared());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Customizer other && other.testClass == testClass;
        }

        @Override
        public int hashCode() {
            return Objects.hash(testClass);
        }
    }
}
