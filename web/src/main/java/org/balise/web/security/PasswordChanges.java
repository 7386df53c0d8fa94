package org.balise.web.security;

import java.time.Duration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Changing one's own password, which requires knowing the current one. */
@Service
public class PasswordChanges {

    public static final int MINIMUM_LENGTH = 12;
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(10);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    public PasswordChanges(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    public Outcome change(String username, String currentPassword, String newPassword) {
        if (newPassword.length() < MINIMUM_LENGTH) {
            return Outcome.TOO_SHORT;
        }
        UserAccount account = accounts.findByUsername(username).block(STORE_TIMEOUT);
        if (account == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            return Outcome.WRONG_CURRENT_PASSWORD;
        }
        UserAccount changed = new UserAccount(account.id(), account.username(), passwordEncoder.encode(newPassword),
                account.roles(), account.createdAt(), account.version());
        accounts.save(changed).block(STORE_TIMEOUT);
        return Outcome.CHANGED;
    }

    public enum Outcome {
        CHANGED,
        WRONG_CURRENT_PASSWORD,
        TOO_SHORT
    }
}
