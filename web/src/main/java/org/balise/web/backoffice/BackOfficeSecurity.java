package org.balise.web.backoffice;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for authors, teachers and administrators. Each view says who may open it ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @AnonymousAllowed}); Vaadin's navigation access control enforces it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class BackOfficeSecurity {

    /**
     * Declared here because Spring Security looks for the account lookup in this context only, while the
     * accounts themselves are a shared service of the parent context.
     */
    @Bean
    DaoAuthenticationProvider backOfficeAuthentication(UserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Bean
    SecurityFilterChain backOfficeSecurityFilterChain(HttpSecurity http, DaoAuthenticationProvider authentication)
            throws Exception {
        http.authenticationProvider(authentication);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Leaflet for the classroom's map: a public library, loaded by the page at run time.
                .requestMatchers("/webjars/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
