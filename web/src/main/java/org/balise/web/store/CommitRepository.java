package org.balise.web.store;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface CommitRepository extends ReactiveMongoRepository<Commit, String> {

    Flux<Commit> findByStreamAndSequenceGreaterThanOrderBySequenceAsc(String stream, long sequence);

    Flux<Commit> findBySessionIdOrderByRecordedAtAsc(String sessionId);

    Mono<Commit> findByStreamAndCommandId(String stream, String commandId);

    Mono<Commit> findFirstByStreamOrderBySequenceDesc(String stream);

    Mono<Void> deleteBySessionId(String sessionId);
}
