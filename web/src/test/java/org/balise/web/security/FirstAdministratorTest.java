package org.balise.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.web.store.SharedContextRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartPrintsAGeneratedPasswordThatSignsTheAdministratorIn(CapturedOutput output) {
        try (ConfigurableApplicationContext shared = SharedContextRunner.onEmbeddedStore(dataDir)) {
            Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("a password is printed at first start").isTrue();

            UserAccount admin = shared.getBean(UserAccountRepository.class).findByUsername("admin").block();
            assertThat(admin.passwordHash()).doesNotContain(printed.group(1));
            assertThat(shared.getBean(PasswordEncoder.class).matches(printed.group(1), admin.passwordHash())).isTrue();
        }
    }

    @Test
    void laterStartsCreateNoOtherAdministratorAndPrintNoPassword(CapturedOutput output) {
        SharedContextRunner.onEmbeddedStore(dataDir).close();
        int printedSoFar = output.getOut().length();

        try (ConfigurableApplicationContext shared = SharedContextRunner.onEmbeddedStore(dataDir)) {
            assertThat(output.getOut().substring(printedSoFar)).doesNotContain("password:");
            assertThat(shared.getBean(UserAccountRepository.class).count().block()).isEqualTo(1);
        }
    }

    @Test
    void twoStartsOnFreshStoresGenerateDifferentPasswords(CapturedOutput output) {
        SharedContextRunner.onEmbeddedStore(dataDir.resolve("one")).close();
        SharedContextRunner.onEmbeddedStore(dataDir.resolve("two")).close();

        Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        String first = printed.group(1);
        assertThat(printed.find()).isTrue();
        assertThat(printed.group(1)).isNotEqualTo(first);
    }
}
