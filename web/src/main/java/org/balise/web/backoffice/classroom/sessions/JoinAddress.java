package org.balise.web.backoffice.classroom.sessions;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where a pupil's phone joins a session: the play door's {@code /join/<code>}. The play door listens on
 * {@code balise.play.port} of the host the teacher reached the back-office on; behind a proxy, whose public
 * address Balise cannot guess, {@code balise.public-play-url} gives the origin instead.
 */
@Component
class JoinAddress {

    static final String PUBLIC_PLAY_URL = "balise.public-play-url";

    private final Environment environment;

    JoinAddress(Environment environment) {
        this.environment = environment;
    }

    /**
     * @param scheme the scheme the back-office was reached with
     * @param host the host name the back-office was reached with (the play door runs on the same machine)
     */
    String joinUrl(String joinCode, String scheme, String host) {
        return origin(scheme, host) + "/join/" + joinCode;
    }

    private String origin(String scheme, String host) {
        String configured = environment.getProperty(PUBLIC_PLAY_URL, "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String port = environment.getProperty("balise.play.port", "8080");
        boolean defaultPort = ("http".equals(scheme) && "80".equals(port)) || ("https".equals(scheme) && "443".equals(port));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
