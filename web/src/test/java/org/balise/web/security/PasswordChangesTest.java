package org.balise.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.balise.web.store.SharedContextRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordChangesTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext shared;
    private PasswordChanges changes;
    private PasswordEncoder encoder;

    @BeforeEach
    void anAccountWithAKnownPassword() {
        shared = SharedContextRunner.onEmbeddedStore(dataDir);
        changes = shared.getBean(PasswordChanges.class);
        encoder = shared.getBean(PasswordEncoder.class);
        shared.getBean(UserAccountRepository.class)
                .save(UserAccount.create("claire", encoder.encode("old password 1"), Set.of(Role.TEACHER), Instant.EPOCH))
                .block();
    }

    @AfterEach
    void stop() {
        shared.close();
    }

    @Test
    void withTheCurrentPasswordTheNewOneReplacesIt() {
        assertThat(changes.change("claire", "old password 1", "a much better one")).isEqualTo(PasswordChanges.Outcome.CHANGED);

        assertThat(encoder.matches("a much better one", storedHash())).isTrue();
        assertThat(encoder.matches("old password 1", storedHash())).isFalse();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        assertThat(changes.change("claire", "a guess", "a much better one"))
                .isEqualTo(PasswordChanges.Outcome.WRONG_CURRENT_PASSWORD);

        assertThat(encoder.matches("old password 1", storedHash())).isTrue();
    }

    @Test
    void aShortNewPasswordIsRefused() {
        assertThat(changes.change("claire", "old password 1", "short")).isEqualTo(PasswordChanges.Outcome.TOO_SHORT);

        assertThat(encoder.matches("old password 1", storedHash())).isTrue();
    }

    private String storedHash() {
        return shared.getBean(UserAccountRepository.class).findByUsername("claire").block().passwordHash();
    }
}
