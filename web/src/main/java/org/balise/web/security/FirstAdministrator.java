package org.balise.web.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when the store has none, with a generated password printed once to the
 * log. There is no default password: whoever installs Balise reads it there and changes it.
 */
@Component
@Order(0)
public class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public FirstAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(accounts.existsByRolesContaining(Role.ADMIN).block(STORE_TIMEOUT))) {
            return;
        }
        String password = generatePassword();
        UserAccount admin = UserAccount.create(USERNAME, passwordEncoder.encode(password),
                Set.of(Role.ADMIN, Role.AUTHOR, Role.TEACHER), clock.instant());
        try {
            accounts.save(admin).block(STORE_TIMEOUT);
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            return;
        }
        log.warn("""

                ===============================================================
                 First start: created the administrator account of the back-office
                   username: {}
                   password: {}
                 This password is shown once, now. Sign in and change it.
                ===============================================================""", USERNAME, password);
    }

    private String generatePassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
