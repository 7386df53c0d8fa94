package org.balise.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.CircuitRejectedException;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.circuits.SampleCircuits;
import org.balise.web.security.Role;
import org.balise.web.security.UserAccount;
import org.balise.web.security.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import reactor.test.StepVerifier;

/**
 * What Balise expects of any datastore it runs on. Each subclass runs these same tests against one store:
 * the embedded server always, a real MongoDB when a Docker engine can start one.
 */
abstract class StoreContract {

    private ConfigurableApplicationContext shared;

    /** Starts the shared context on the store under test, empty. */
    abstract ConfigurableApplicationContext startOnAnEmptyStore();

    @BeforeEach
    void start() {
        shared = startOnAnEmptyStore();
    }

    @AfterEach
    void stop() {
        shared.close();
    }

    /** The shared context under test, started on an empty store. */
    ConfigurableApplicationContext shared() {
        return shared;
    }

    @Test
    void aPublishedCircuitVersionIsStoredOnceAndNeverOverwritten() {
        CircuitCatalogue catalogue = shared.getBean(CircuitCatalogue.class);
        long shipped = catalogue.count().block();
        String first = SampleCircuits.withId("walk", "1.0.0");
        String sameVersionChanged = first.replace("Les secrets des ducs", "Les secrets des duchesses");

        StepVerifier.create(catalogue.publish(first, PublishedCircuit.Source.STUDIO)).expectNextCount(1).verifyComplete();
        StepVerifier.create(catalogue.publish(sameVersionChanged, PublishedCircuit.Source.STUDIO)).verifyComplete();

        StepVerifier.create(catalogue.find("walk", "1.0.0"))
                .assertNext(stored -> assertThat(stored.json()).isEqualTo(first))
                .verifyComplete();
        StepVerifier.create(catalogue.count()).expectNext(shipped + 1).verifyComplete();
    }

    @Test
    void aCircuitWithErrorsIsNotPublished() {
        CircuitCatalogue catalogue = shared.getBean(CircuitCatalogue.class);
        String broken = SampleCircuits.withId("broken", "1.0.0").replaceFirst("\"defaultLanguage\":\\s*\"fr\"", "\"defaultLanguage\": \"de\"");

        StepVerifier.create(catalogue.publish(broken, PublishedCircuit.Source.STUDIO))
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(CircuitRejectedException.class)
                        .hasMessageContaining("/defaultLanguage"));
        StepVerifier.create(catalogue.find("broken", "1.0.0")).verifyComplete();
    }

    @Test
    void theShippedCircuitsArePublishedAtFirstStartAndPlayable() {
        CircuitCatalogue catalogue = shared.getBean(CircuitCatalogue.class);

        StepVerifier.create(catalogue.find("sample", "1.0.0"))
                .assertNext(stored -> assertThat(stored.source()).isEqualTo(PublishedCircuit.Source.SHIPPED))
                .verifyComplete();
        StepVerifier.create(catalogue.circuit("sample", "1.0.0"))
                .assertNext(circuit -> assertThat(circuit.stations()).isNotEmpty())
                .verifyComplete();
    }

    @Test
    void twoAccountsCannotShareAUsername() {
        UserAccountRepository accounts = shared.getBean(UserAccountRepository.class);
        StepVerifier.create(accounts.save(account("marie"))).expectNextCount(1).verifyComplete();

        StepVerifier.create(accounts.save(account("marie"))).verifyError(DuplicateKeyException.class);
    }

    @Test
    void anAccountSavedFromAStaleCopyIsRefused() {
        UserAccountRepository accounts = shared.getBean(UserAccountRepository.class);
        UserAccount stored = accounts.save(account("paul")).block();
        accounts.save(withNewHash(stored, "changed-once")).block();

        StepVerifier.create(accounts.save(withNewHash(stored, "changed-from-a-stale-copy")))
                .verifyError(OptimisticLockingFailureException.class);
    }

    @Test
    void theFirstAdministratorIsCreatedAtFirstStart() {
        UserAccountRepository accounts = shared.getBean(UserAccountRepository.class);

        StepVerifier.create(accounts.findByUsername("admin"))
                .assertNext(admin -> assertThat(admin.roles()).contains(Role.ADMIN))
                .verifyComplete();
    }

    @Test
    void aCommitTakesTheNextSequenceAndIsReadBackInOrder() {
        EventStore store = shared.getBean(EventStore.class);
        store.append(commit("team:a", 1, "cmd-1", "team-joined")).block();
        store.append(commit("team:a", 2, "cmd-2", "station-arrived")).block();

        StepVerifier.create(store.read("team:a", 0).map(Commit::commandId))
                .expectNext("cmd-1", "cmd-2")
                .verifyComplete();
        StepVerifier.create(store.read("team:a", 1).map(Commit::commandId)).expectNext("cmd-2").verifyComplete();
        StepVerifier.create(store.lastSequence("team:a")).expectNext(2L).verifyComplete();
        StepVerifier.create(store.lastSequence("team:nobody")).expectNext(0L).verifyComplete();
    }

    @Test
    void twoCommitsCannotTakeTheSamePlaceInAStream() {
        EventStore store = shared.getBean(EventStore.class);
        store.append(commit("team:b", 1, "from-phone-1", "answer-submitted")).block();

        StepVerifier.create(store.append(commit("team:b", 1, "from-phone-2", "answer-submitted")))
                .assertNext(result -> assertThat(result).isEqualTo(new EventStore.AppendResult.Conflict(1)))
                .verifyComplete();
    }

    @Test
    void aCommandSentAgainIsAnsweredWithItsEarlierCommitAndStoresNothing() {
        EventStore store = shared.getBean(EventStore.class);
        Commit first = commit("team:c", 1, "retry-me", "hint-requested");
        store.append(first).block();

        StepVerifier.create(store.append(commit("team:c", 2, "retry-me", "hint-requested")))
                .assertNext(result -> assertThat(result)
                        .isInstanceOfSatisfying(EventStore.AppendResult.AlreadyApplied.class,
                                applied -> assertThat(applied.earlier().sequence()).isEqualTo(1)))
                .verifyComplete();
        StepVerifier.create(store.lastSequence("team:c")).expectNext(1L).verifyComplete();
    }

    @Test
    void fourPhonesAppendingAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        EventStore store = shared.getBean(EventStore.class);
        int phones = 4;
        int commandsPerPhone = 10;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(phones);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        for (int phone = 0; phone < phones; phone++) {
            int phoneNumber = phone;
            running.add(pool.submit(() -> {
                start.await();
                for (int command = 0; command < commandsPerPhone; command++) {
                    // Each command is also sent twice, as a phone on a bad network would.
                    appendRetryingOnConflict(store, "team:race", "phone-" + phoneNumber + "-cmd-" + command);
                    appendRetryingOnConflict(store, "team:race", "phone-" + phoneNumber + "-cmd-" + command);
                }
                return null;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> phone : running) {
            phone.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<Commit> history = store.read("team:race", 0).collectList().block();
        assertThat(history).hasSize(phones * commandsPerPhone);
        assertThat(history).extracting(Commit::commandId).doesNotHaveDuplicates();
        assertThat(history).extracting(Commit::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, phones * commandsPerPhone).boxed().toList());
    }

    private static void appendRetryingOnConflict(EventStore store, String stream, String commandId) {
        while (true) {
            long last = store.lastSequence(stream).block();
            EventStore.AppendResult result = store.append(commit(stream, last + 1, commandId, "clue-collected")).block();
            if (!(result instanceof EventStore.AppendResult.Conflict)) {
                return;
            }
        }
    }

    private static Commit commit(String stream, long sequence, String commandId, String type) {
        return Commit.of(stream, "session-1", sequence, commandId,
                List.of(new Commit.StoredEvent(type, Map.of("by", commandId))), Instant.parse("2026-11-23T10:00:00Z"));
    }

    private static UserAccount withNewHash(UserAccount account, String hash) {
        return new UserAccount(account.id(), account.username(), hash, account.roles(), account.createdAt(),
                account.version());
    }

    private static UserAccount account(String username) {
        return UserAccount.create(username, "{noop}not-a-real-hash", Set.of(Role.TEACHER),
                Instant.parse("2026-11-23T10:00:00Z"));
    }

}
