package org.balise.web.circuits;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface PublishedCircuitRepository extends ReactiveMongoRepository<PublishedCircuit, String> {

    Flux<PublishedCircuit> findBySourceNot(PublishedCircuit.Source source);

    Flux<PublishedCircuit> findByCircuitId(String circuitId);

    Flux<PublishedCircuit> findBySourceAndPublishedBy(PublishedCircuit.Source source, String publishedBy);

    Mono<Long> countBySourceNot(PublishedCircuit.Source source);
}
