package org.balise.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.security.Role;
import org.balise.web.security.UserAccount;
import org.balise.web.security.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The store contract on the embedded server, plus what only the embedded server has: its files. */
class EmbeddedStoreTest extends StoreContract {

    @TempDir
    Path dataDir;

    @Override
    ConfigurableApplicationContext startOnAnEmptyStore() {
        return SharedContextRunner.onEmbeddedStore(dataDir.resolve("contract"));
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() {
        Path folder = dataDir.resolve("restart");
        long circuitsBefore;
        try (ConfigurableApplicationContext before = SharedContextRunner.onEmbeddedStore(folder)) {
            before.getBean(UserAccountRepository.class)
                    .save(UserAccount.create("lea", "{noop}x", Set.of(Role.AUTHOR), Instant.EPOCH))
                    .block();
            circuitsBefore = before.getBean(CircuitCatalogue.class).count().block();
        }

        try (ConfigurableApplicationContext after = SharedContextRunner.onEmbeddedStore(folder)) {
            assertThat(after.getBean(UserAccountRepository.class).findByUsername("lea").block())
                    .extracting(UserAccount::roles)
                    .isEqualTo(Set.of(Role.AUTHOR));
            assertThat(after.getBean(CircuitCatalogue.class).count().block())
                    .as("shipped circuits are not published twice")
                    .isEqualTo(circuitsBefore);
        }
    }

    @Test
    void theEmbeddedServerKeepsItsFilesInTheConfiguredFolder() {
        Path folder = dataDir.resolve("files");
        try (ConfigurableApplicationContext shared = SharedContextRunner.onEmbeddedStore(folder)) {
            assertThat(shared.getBean(EmbeddedMongoServer.class).file()).startsWith(folder);
        }
        assertThat(folder.resolve("balise.mv")).exists();
    }
}
