package org.balise.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The embedded store's unique indexes in value order, and data folders written before them. */
class ValueOrderedH2BackendTest {

    private static final int TEAMS = 20;
    private static final int COMMITS = 15;

    @TempDir
    Path folder;

    @Test
    void aNewUniqueIndexIsBuiltInValueOrderAndStillRefusesDuplicates() {
        Path file = folder.resolve("new.mv");
        withServer(file, ValueOrderedH2Backend::new, events -> {
            createIndexAndCommits(events);
            assertThatThrownBy(() -> Mono.from(events.insertOne(commit("team-7", 3))).block())
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
            assertThat(Mono.from(events.find(new Document("team", "team-7").append("sequence", 3L)).first()).block())
                    .isNotNull();
        });

        MVStore store = MVStore.open(file.toString());
        try {
            MVMap<String, Boolean> valueOrdered = store.openMap(ValueOrderedH2Backend.VALUE_ORDERED);
            String teamSequence = valueOrdered.keySet().stream().filter(name -> name.endsWith("._index_team_1_sequence_1"))
                    .findFirst().orElseThrow();
            // The map recorded is the one the index filled: the name H2Database gives its maps has not changed.
            assertThat(store.openMap(teamSequence).size()).isEqualTo(TEAMS * COMMITS);
        } finally {
            store.close();
        }
    }

    @Test
    void indexesOfAFolderWrittenBeforeKeepTheirOrderAndNewOnesTakeTheValueOrder() {
        Path file = folder.resolve("before.mv");
        withServer(file, H2Backend::new, this::createIndexAndCommits);

        withServer(file, ValueOrderedH2Backend::new, events -> {
            assertThatThrownBy(() -> Mono.from(events.insertOne(commit("team-3", 9))).block())
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
            assertThat(Flux.from(events.find(new Document("team", "team-3"))).count().block()).isEqualTo(COMMITS);
            Mono.from(events.createIndex(Indexes.ascending("team", "commandId"), new IndexOptions().unique(true)))
                    .block();
            assertThatThrownBy(() -> Mono.from(events.insertOne(commit("team-3", 99).append("commandId", "c-team-3-1")))
                    .block()).isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        });

        MVStore store = MVStore.open(file.toString());
        try {
            MVMap<String, Boolean> valueOrdered = store.openMap(ValueOrderedH2Backend.VALUE_ORDERED);
            assertThat(valueOrdered.keySet()).singleElement().asString().endsWith("._index_team_1_commandId_1");
        } finally {
            store.close();
        }
        withServer(file, ValueOrderedH2Backend::new, events ->
                assertThatThrownBy(() -> Mono.from(events.insertOne(commit("team-5", 99).append("commandId", "c-team-5-2")))
                        .block()).isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000"));
    }

    private void createIndexAndCommits(MongoCollection<Document> events) {
        Mono.from(events.createIndex(Indexes.ascending("team", "sequence"), new IndexOptions().unique(true))).block();
        List<Document> commits = IntStream.range(0, TEAMS * COMMITS)
                .mapToObj(i -> commit("team-" + i % TEAMS, i / TEAMS + 1L).append("commandId", "c-team-" + i % TEAMS + "-" + (i / TEAMS + 1)))
                .toList();
        Mono.from(events.insertMany(commits)).block();
    }

    private static Document commit(String team, long sequence) {
        return new Document("team", team).append("sequence", sequence);
    }

    private static void withServer(Path file, Function<MVStore, H2Backend> backend,
            java.util.function.Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend.apply(MVStore.open(file.toString())));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            use.accept(client.getDatabase("balise").getCollection("events"));
        } finally {
            server.shutdown();
        }
    }
}
