package org.balise.web;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The parent context: what both doors share, created once — the store, the live feed, the circuits, the
 * users. It is not a web context; the doors are its children ({@link BaliseApplication}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {
        // Vaadin's auto-configuration has no web-type condition: it belongs to the back-office door only.
        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "com.vaadin.flow.spring.VaadinScopesConfig",
        // Boot would otherwise create an in-memory user with a generated password; Balise's users live in the store.
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration"})
@ComponentScan(basePackages = {
        "org.balise.web.config",
        "org.balise.web.store",
        "org.balise.web.live",
        "org.balise.web.security",
        "org.balise.web.circuits",
        "org.balise.web.game",
        "org.balise.web.drafts"})
@ConfigurationPropertiesScan(basePackages = "org.balise.web")
@EnableScheduling
public class SharedContext {
}
