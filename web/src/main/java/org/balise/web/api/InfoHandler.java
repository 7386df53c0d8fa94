package org.balise.web.api;

import java.time.Duration;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.store.StoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Answers what this server is, once ({@code /api/info}) or as it changes ({@code /api/info/stream}). */
@Component
class InfoHandler {

    /** Often enough that proxies and phones' networks keep an idle stream open. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final String version;
    private final String datastore;
    private final CircuitCatalogue catalogue;

    InfoHandler(ObjectProvider<BuildProperties> build, StoreProperties store, CircuitCatalogue catalogue) {
        this.version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
        this.datastore = store.mode().label();
        this.catalogue = catalogue;
    }

    Mono<ServerResponse> info(ServerRequest request) {
        return catalogue.count().flatMap(count -> ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(infoWith(count)));
    }

    /** The info now, then again each time the catalogue changes, with heartbeat comments in between. */
    Mono<ServerResponse> stream(ServerRequest request) {
        Flux<ServerSentEvent<ServerInfo>> changes = catalogue.counts()
                .map(count -> ServerSentEvent.builder(infoWith(count)).event("info").build());
        Flux<ServerSentEvent<ServerInfo>> heartbeats = Flux.interval(HEARTBEAT)
                .map(tick -> ServerSentEvent.<ServerInfo>builder().comment("heartbeat").build());
        return ServerResponse.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .body(Flux.merge(changes, heartbeats), ServerSentEvent.class);
    }

    private ServerInfo infoWith(long circuits) {
        return new ServerInfo("Balise", version, datastore, circuits);
    }
}
