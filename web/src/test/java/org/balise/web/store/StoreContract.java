package org.balise.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.PublishedCircuit;
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

    @Test
    void aPublishedCircuitVersionIsStoredOnceAndNeverOverwritten() {
        CircuitCatalogue catalogue = shared.getBean(CircuitCatalogue.class);
        PublishedCircuit first = circuit("walk", "1", "{\"first\":true}");
        PublishedCircuit sameVersionAgain = circuit("walk", "1", "{\"second\":true}");

        StepVerifier.create(catalogue.publish(first)).expectNextCount(1).verifyComplete();
        StepVerifier.create(catalogue.publish(sameVersionAgain)).verifyComplete();

        StepVerifier.create(catalogue.find("walk", "1"))
                .assertNext(stored -> assertThat(stored.json()).isEqualTo("{\"first\":true}"))
                .verifyComplete();
        StepVerifier.create(catalogue.count()).expectNext(1L).verifyComplete();
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

    private static UserAccount withNewHash(UserAccount account, String hash) {
        return new UserAccount(account.id(), account.username(), hash, account.roles(), account.createdAt(),
                account.version());
    }

    private static UserAccount account(String username) {
        return UserAccount.create(username, "{noop}not-a-real-hash", Set.of(Role.TEACHER),
                Instant.parse("2026-11-23T10:00:00Z"));
    }

    private static PublishedCircuit circuit(String id, String version, String json) {
        return new PublishedCircuit(PublishedCircuit.idOf(id, version), id, version, Map.of("fr", "Balade"),
                List.of("fr"), PublishedCircuit.Source.STUDIO, json, "0", Instant.parse("2026-11-23T10:00:00Z"));
    }
}
