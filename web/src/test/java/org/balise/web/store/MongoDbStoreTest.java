package org.balise.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The store contract on a real MongoDB, the one {@code MONGODB_URI} points at in production, plus what only a
 * real MongoDB shows: nothing embedded starts. Needs a Docker engine; without one JUnit reports these tests
 * as skipped, saying so.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbStoreTest extends StoreContract {

    @Container
    static final MongoDBContainer mongo = new MongoDBContainer("mongo:7");

    private static int databases;

    @Test
    void nothingEmbeddedStartsWhenAMongoDbIsGiven() {
        assertThat(shared().getBean(StoreProperties.class).mode()).isEqualTo(StoreMode.MONGODB);
        assertThat(shared().getBeansOfType(EmbeddedMongoServer.class)).isEmpty();
    }

    @Override
    ConfigurableApplicationContext startOnAnEmptyStore() {
        // A database per test keeps the tests as independent as the embedded store's fresh folders.
        String database = "balise-test-" + (++databases);
        return SharedContextRunner.onMongoDb(mongo.getReplicaSetUrl(database));
    }
}
