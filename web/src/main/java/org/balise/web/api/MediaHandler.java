package org.balise.web.api;

import java.time.Duration;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.CircuitMedia;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A published circuit's media (images shown with stations and riddles). Public, like the circuit's texts
 * are to any team, and cached for a year: a published version never changes, so neither do its media.
 */
@Component
class MediaHandler {

    private final CircuitCatalogue catalogue;
    private final CircuitMedia media;

    MediaHandler(CircuitCatalogue catalogue, CircuitMedia media) {
        this.catalogue = catalogue;
        this.media = media;
    }

    Mono<ServerResponse> medium(ServerRequest request) {
        String circuitId = request.pathVariable("circuitId");
        String version = request.pathVariable("version");
        String mediaId = request.pathVariable("mediaId");
        return catalogue.circuit(circuitId, version)
                .flatMap(circuit -> Mono.justOrEmpty(circuit.medium(mediaId)))
                .flatMap(medium -> media.read(circuitId, medium.path()))
                .flatMap(file -> ServerResponse.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .bodyValue(file.bytes()))
                .switchIfEmpty(Mono.error(() -> new ApiProblemException(ProblemType.NOT_FOUND,
                        "The circuit " + circuitId + " " + version + " has no media " + mediaId + ".")));
    }

}
