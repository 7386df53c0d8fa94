package org.balise.web.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The datastore's health, on both doors. It replaces Boot's MongoDB indicator, which asks for the
 * {@code hello} command that the embedded server does not know; {@code ping} is understood by both.
 */
@Component("mongoHealthContributor")
class StoreHealth implements ReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;
    private final StoreProperties properties;

    StoreHealth(ReactiveMongoTemplate mongo, StoreProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    public Mono<Health> health() {
        return mongo.executeCommand(new Document("ping", 1))
                .map(answer -> Health.up().withDetail("mode", properties.mode().label()).build())
                .onErrorResume(failure -> Mono.just(Health.down(failure)
                        .withDetail("mode", properties.mode().label()).build()));
    }
}
