package jp.kajimaru.web.problem;

import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Errors that never reach {@link ProblemDetailsAdvice} are problem+json too: the servlet error page,
 * Tomcat's own error report (paths it rejects before routing), and wildcard request content types.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemErrorsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    WildcardContentTypeFilter wildcardContentTypeFilter() {
        return new WildcardContentTypeFilter();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatProblems {

        /** Runs after Spring Boot's customizer, which adds its own (HTML) ErrorReportValve to the host. */
        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReportValve() {
            return new ProblemValveCustomizer();
        }
    }

    static final class ProblemValveCustomizer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(ProblemValveCustomizer::replaceErrorReportValve);
        }

        private static void replaceErrorReportValve(Context context) {
            Host host = (Host) context.getParent();
            boolean present = false;
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ProblemErrorReportValve) {
                    present = true;
                } else if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // The host adds a valve of this class on start unless one is there: ours, then.
            if (host instanceof org.apache.catalina.core.StandardHost standard) {
                standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
            if (!present) {
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
