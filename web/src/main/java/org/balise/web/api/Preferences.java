package org.balise.web.api;

import java.util.Arrays;
import org.springframework.web.reactive.function.server.ServerRequest;

/** What a client prefers in a response, as RFC 7240's {@code Prefer} header says it. */
final class Preferences {

    static final String APPLIED = "Preference-Applied";
    static final String RETURN_REPRESENTATION = "return=representation";

    private Preferences() {
    }

    /** Whether the client asked for the resource's whole representation in the response. */
    static boolean wantsRepresentation(ServerRequest request) {
        return request.headers().header("Prefer").stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(preference -> preference.split(";", 2)[0].replace(" ", "").replace("\"", ""))
                .anyMatch(RETURN_REPRESENTATION::equalsIgnoreCase);
    }
}
