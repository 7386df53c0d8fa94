package org.balise.web;

import org.balise.web.backoffice.BackOfficeDoor;
import org.balise.web.play.PlayDoor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Balise: one JVM, one shared context and two doors (ARCHITECTURE.md, "two doors").
 *
 * <p>The shared parent holds the store, the live feed and the services; the play door (WebFlux on Netty)
 * and the back-office door (Vaadin on Tomcat) are its children, so both see the same beans while each runs
 * the web stack it needs. Spring refuses MVC and WebFlux in one context, hence the hierarchy.
 */
public final class BaliseApplication {

    private static final Logger log = LoggerFactory.getLogger(BaliseApplication.class);

    private BaliseApplication() {
    }

    public static void main(String[] args) {
        try {
            start(args);
        } catch (RuntimeException startFailure) {
            // A child that fails to start leaves the JVM running on the parent's threads: stop it ourselves.
            log.error("Balise could not start: {}", rootCauseMessage(startFailure), startFailure);
            System.exit(1);
        }
    }

    /**
     * Starts the three contexts and returns them. If a door fails to start, whatever started is closed
     * and the failure is rethrown.
     */
    public static RunningBalise start(String... args) {
        ConfigurableApplicationContext shared = new SpringApplicationBuilder(SharedContext.class)
                .web(WebApplicationType.NONE)
                .run(args);
        ConfigurableApplicationContext play = null;
        try {
            play = new SpringApplicationBuilder(PlayDoor.class)
                    .parent(shared)
                    .web(WebApplicationType.REACTIVE)
                    .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                    .properties(PlayDoor.DEFAULT_PROPERTIES)
                    .run(args);
            ConfigurableApplicationContext backOffice = new SpringApplicationBuilder(BackOfficeDoor.class)
                    .parent(shared)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                    .properties(BackOfficeDoor.DEFAULT_PROPERTIES)
                    .run(args);
            RunningBalise running = new RunningBalise(shared, play, backOffice);
            log.info("Balise is ready: play door on port {}, back-office door on port {}",
                    running.playPort(), running.backOfficePort());
            return running;
        } catch (RuntimeException doorFailure) {
            if (play != null) {
                play.close();
            }
            shared.close();
            throw doorFailure;
        }
    }

    private static String rootCauseMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
