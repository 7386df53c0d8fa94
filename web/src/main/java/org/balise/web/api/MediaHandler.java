package org.balise.web.api;

import java.time.Duration;
import org.balise.web.circuits.CircuitCatalogue;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaTypeFactory;
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

    MediaHandler(CircuitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Mono<ServerResponse> medium(ServerRequest request) {
        String circuitId = request.pathVariable("circuitId");
        String version = request.pathVariable("version");
        String mediaId = request.pathVariable("mediaId");
        return catalogue.circuit(circuitId, version)
                .flatMap(circuit -> Mono.justOrEmpty(circuit.medium(mediaId)))
                .map(medium -> new ClassPathResource("circuits/" + circuitId + "/" + medium.path()))
                .filter(ClassPathResource::exists)
                .flatMap(file -> ServerResponse.ok()
                        .contentType(MediaTypeFactory.getMediaType(file).orElse(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .bodyValue(file))
                .switchIfEmpty(Mono.error(() -> new ApiProblemException(ProblemType.NOT_FOUND,
                        "The circuit " + circuitId + " " + version + " has no media " + mediaId + ".")));
    }

}
