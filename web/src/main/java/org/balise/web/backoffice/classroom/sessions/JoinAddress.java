package org.balise.web.backoffice.classroom.sessions;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where a pupil's phone joins a session: the play door's {@code /join/<code>}. The play door listens on
 * {@code balise.play.port} of the host the teacher reached the back-office on; behind a proxy, whose public
 * address Balise cannot guess, {@code balise.public-play-url} gives the origin instead.
 */
@Component
public class JoinAddress {

    static final String PUBLIC_PLAY_URL = "balise.public-play-url";

    private final Environment environment;

    JoinAddress(Environment environment) {
        this.environment = environment;
    }

    /** The join address for a phone, seen from the host and scheme the current back-office request came in with. */
    public String joinUrl(String joinCode) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return joinUrl(joinCode, request == null ? "http" : request.isSecure() ? "https" : "http",
                request == null ? "localhost" : hostOf(request));
    }

    /**
     * @param scheme the scheme the back-office was reached with
     * @param host the host name the back-office was reached with (the play door runs on the same machine)
     */
    public String joinUrl(String joinCode, String scheme, String host) {
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

    private static String hostOf(VaadinRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            return "localhost";
        }
        if (host.startsWith("[")) {
            return host.substring(0, host.indexOf(']') + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
