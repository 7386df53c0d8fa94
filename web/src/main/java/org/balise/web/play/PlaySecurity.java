package org.balise.web.play;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Who may call the play door. Phones carry no session cookie and no login: public endpoints are listed
 * here one by one, and everything not listed is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class PlaySecurity {

    @Bean
    SecurityWebFilterChain playSecurityFilterChain(ServerHttpSecurity http) {
        return http
                // No cookies are used on this door, so there is no cross-site request to forge.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // Nor any server session: none is read or created per request (making one hops threads twice).
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/info", "/api/info/stream", "/api/openapi.yaml", "/api/sessions/*",
                                "/api/circuits/*/*/media/*").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/join").permitAll()
                        // Team endpoints check the team's token themselves (TeamAccess): no session, no cookie.
                        .pathMatchers("/api/teams/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        // The phone app's static files.
                        .pathMatchers(HttpMethod.GET, "/", "/index.html", "/join/**", "/*.webmanifest", "/sw.js",
                                "/app/**", "/i18n/**", "/icons/**", "/vendor/**", "/webjars/**", "/favicon.ico",
                                "/problems/**").permitAll()
                        .anyExchange().denyAll())
                .build();
    }
}
