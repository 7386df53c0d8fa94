package org.balise.web.drafts;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

interface DraftRepository extends ReactiveMongoRepository<Draft, String> {

    Flux<Draft> findByOwner(String owner);
}
