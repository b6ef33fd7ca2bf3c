package jp.kajimaru.user.member;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class MembershipWebConfig implements WebMvcConfigurer {

    private final CurrentMembership membership;

    MembershipWebConfig(CurrentMembership membership) {
        this.membership = membership;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(membership);
    }
}
