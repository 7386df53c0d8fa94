package org.balise.web.game;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface TeamRepository extends ReactiveMongoRepository<TeamDocument, String> {

    Flux<TeamDocument> findBySessionId(String sessionId);

    Mono<Void> deleteBySessionId(String sessionId);
}
