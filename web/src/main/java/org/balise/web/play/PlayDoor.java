package org.balise.web.play;

import java.util.Map;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The play door: a reactive child context on Netty serving the phone API under {@code /api} and the phone
 * app. Phones only ever talk to this door, so the app and its API share one origin and need no CORS.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {
        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "com.vaadin.flow.spring.VaadinScopesConfig",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
        // The shared context already measures its executors and start-up; a door measuring them again is refused.
        "org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration"})
@ComponentScan(basePackages = {"org.balise.web.play", "org.balise.web.api", "org.balise.web.player"})
public class PlayDoor {

    /** The door's own settings; each child reads its port from its own key so the two never collide. */
    public static final Map<String, Object> DEFAULT_PROPERTIES = Map.of(
            "server.port", "${balise.play.port:8080}",
            // Phones on poor networks: the app's scripts and styles and the API's JSON travel compressed.
            "server.compression.enabled", "true",
            "spring.main.web-application-type", "reactive");
}
