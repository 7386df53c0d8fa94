package org.balise.web.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class RememberedDocumentsTest {

    private final Map<String, String> store = new ConcurrentHashMap<>(Map.of("owls", "Les Hiboux"));
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    /** Holds the store's answers back while set: a read the caller would have to wait for. */
    private volatile Sinks.Empty<Void> slowStore;
    private final RememberedDocuments<String> documents = new RememberedDocuments<>(100, id -> {
        reads.incrementAndGet();
        Mono<String> answer = Mono.fromSupplier(() -> store.get(id));
        Sinks.Empty<Void> slow = slowStore;
        return slow == null ? answer : slow.asMono().then(answer);
    }, nanos::get);

    @Test
    void aDocumentIsReadOnceThenServedFromMemory() {
        assertThat(documents.get("owls").block()).isEqualTo("Les Hiboux");
        assertThat(documents.get("owls").block()).isEqualTo("Les Hiboux");

        assertThat(reads).hasValue(1);
    }

    @Test
    void laterTheDocumentInMemoryAnswersWhileItIsReadAgain() {
        documents.get("owls").block();
        store.put("owls", "Les Chouettes");
        later(RememberedDocuments.READ_AGAIN_AFTER.plusSeconds(1));
        slowStore = Sinks.empty();

        assertThat(documents.get("owls").block(Duration.ofSeconds(5))).as("no caller waits for the store")
                .isEqualTo("Les Hiboux");
        slowStore.tryEmitEmpty();
        assertThat(documents.get("owls").block()).isEqualTo("Les Chouettes");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aDocumentDeletedElsewhereIsForgottenWhenReadAgain() {
        documents.get("owls").block();
        store.remove("owls");
        later(RememberedDocuments.READ_AGAIN_AFTER.plusSeconds(1));

        documents.get("owls").block();

        assertThat(documents.get("owls").blockOptional()).isEmpty();
    }

    @Test
    void aDocumentDeletedHereIsForgottenAtOnce() {
        documents.get("owls").block();
        store.remove("owls");

        documents.forget(List.of("owls"));

        assertThat(documents.get("owls").blockOptional()).isEmpty();
    }

    @Test
    void aDocumentWrittenHereIsRememberedWithoutReadingIt() {
        store.put("foxes", "Les Renards");

        documents.remember("foxes", "Les Renards");

        assertThat(documents.get("foxes").block()).isEqualTo("Les Renards");
        assertThat(reads).hasValue(0);
    }

    @Test
    void anUnknownIdIsAskedForAgainEachTime() {
        assertThat(documents.get("ghosts").blockOptional()).isEmpty();
        store.put("ghosts", "Les Fantômes");

        assertThat(documents.get("ghosts").block()).isEqualTo("Les Fantômes");
    }

    private void later(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
