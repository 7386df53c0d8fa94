package org.balise.web.game;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface SessionRepository extends ReactiveMongoRepository<SessionDocument, String> {

    Mono<SessionDocument> findByJoinCode(String joinCode);

    Flux<SessionDocument> findByOwnerOrderByCreatedAtDesc(String owner);
}
