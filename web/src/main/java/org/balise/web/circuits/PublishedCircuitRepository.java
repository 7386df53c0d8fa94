package org.balise.web.circuits;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface PublishedCircuitRepository extends ReactiveMongoRepository<PublishedCircuit, String> {
}
