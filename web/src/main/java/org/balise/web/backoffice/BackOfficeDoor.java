package org.balise.web.backoffice;

import java.util.Map;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The back-office door: a servlet child context on Tomcat running the Vaadin studio and classroom for
 * authors and teachers. It calls the shared services in-process, never the phone API.
 *
 * <p>Vaadin finds its routes in this package and below ({@code studio}, {@code classroom}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
        // The shared context already measures its executors and start-up; a door measuring them again is refused.
        "org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration"})
@ComponentScan(basePackages = "org.balise.web.backoffice")
public class BackOfficeDoor {

    /**
     * The door's own settings; each child reads its port from its own key so the two never collide. The
     * phone app's files in {@code classpath:/static/} belong to the play door: served here, its
     * {@code index.html} would become Spring's welcome page and answer Vaadin's own bootstrap requests on
     * {@code /}. WebJars ({@code /webjars/**}, Leaflet for the classroom's map) are mapped on their own.
     */
    public static final Map<String, Object> DEFAULT_PROPERTIES = Map.of(
            "server.port", "${balise.back-office.port:8081}",
            "spring.main.web-application-type", "servlet",
            "spring.web.resources.static-locations", "classpath:/META-INF/resources/");
}
