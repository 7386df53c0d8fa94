package org.balise.web.security;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The security services both doors share: password hashing and the lookup of back-office accounts. */
@Configuration(proxyBeanMethods = false)
public class SecurityServices {

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(10);

    /** bcrypt today, and still able to check older hashes if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Blocking on purpose: the back-office runs on servlet threads, and Spring Security's servlet login
     * asks for a {@link UserDetailsService}.
     */
    @Bean
    UserDetailsService userDetailsService(UserAccountRepository accounts) {
        return username -> accounts.findByUsername(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .authorities(account.roles().stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                                .toList())
                        .build())
                .blockOptional(STORE_TIMEOUT)
                .orElseThrow(() -> new UsernameNotFoundException("No account named " + username));
    }
}
