package org.balise.web.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The back-office accounts as an administrator manages them: list, create, reset a password, change roles,
 * delete. A new or reset password is generated here, handed once to the administrator who asked for it
 * ({@link IssuedPassword}) and stored hashed only.
 *
 * <p>Two rules keep Balise administrable: an administrator always remains, and nobody deletes their own
 * account. A refusal is an {@link AccountRefused} error with a sentence to show, and nothing changes.
 *
 * <p>Limits: the rules are checked before each write, not in a transaction (the embedded store has none),
 * so two administrators demoting each other at the same instant could both succeed. Usernames are unique
 * regardless of capital letters; that check reads every account, which is cheap for the few dozen accounts
 * of a school, and the store's unique index still catches two identical names created at once.
 */
@Service
public class Accounts {

    public static final int SHORTEST_USERNAME = 3;
    public static final int LONGEST_USERNAME = 40;

    /**
     * Unaccented Latin letters only: a username must be typed on any keyboard, and letters of other scripts
     * that look Latin could imitate an existing account.
     */
    private static final Pattern USERNAME =
            Pattern.compile("[A-Za-z0-9._-]{" + SHORTEST_USERNAME + "," + LONGEST_USERNAME + "}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Every account, by username regardless of capital letters. */
    public Flux<AccountSummary> list() {
        return accounts.findAll()
                .map(AccountSummary::of)
                .sort(Comparator.comparing(AccountSummary::username, String.CASE_INSENSITIVE_ORDER));
    }

    /** Creates an account with a generated password, to be handed to its owner. */
    public Mono<IssuedPassword> create(String username, Set<Role> roles) {
        if (!USERNAME.matcher(username).matches()) {
            return Mono.error(AccountRefused.invalidUsername());
        }
        if (roles.isEmpty()) {
            return Mono.error(AccountRefused.noRole());
        }
        String password = generatePassword();
        return refuseIfTaken(username)
                .then(hash(password))
                .flatMap(hash -> accounts.save(UserAccount.create(username, hash, roles, clock.instant())))
                .onErrorMap(DuplicateKeyException.class, createdAtTheSameTime -> AccountRefused.usernameTaken(username))
                .thenReturn(new IssuedPassword(username, password));
    }

    /** Replaces the password of an account with a generated one: the old one stops working at once. */
    public Mono<IssuedPassword> resetPassword(String username) {
        String password = generatePassword();
        return existing(username)
                .zipWith(hash(password), (account, hash) -> new UserAccount(account.id(), account.username(), hash,
                        account.roles(), account.createdAt(), account.version()))
                .flatMap(accounts::save)
                .thenReturn(new IssuedPassword(username, password));
    }

    /** Gives an account exactly these roles; the last administrator keeps theirs. */
    public Mono<AccountSummary> changeRoles(String username, Set<Role> roles) {
        if (roles.isEmpty()) {
            return Mono.error(AccountRefused.noRole());
        }
        return existing(username)
                .delayUntil(account -> roles.contains(Role.ADMIN) ? Mono.empty() : refuseIfLastAdministrator(account))
                .flatMap(account -> accounts.save(new UserAccount(account.id(), account.username(),
                        account.passwordHash(), roles, account.createdAt(), account.version())))
                .map(AccountSummary::of);
    }

    /**
     * Deletes an account: its owner can no longer sign in.
     *
     * @param deletedBy the username of the administrator asking, who may not delete themselves
     */
    public Mono<Void> delete(String username, String deletedBy) {
        return existing(username)
                .delayUntil(this::refuseIfLastAdministrator)
                .flatMap(account -> account.username().equals(deletedBy)
                        ? Mono.error(AccountRefused.ownAccount())
                        : accounts.delete(account));
    }

    private Mono<UserAccount> existing(String username) {
        return accounts.findByUsername(username)
                .switchIfEmpty(Mono.error(() -> AccountRefused.unknownAccount(username)));
    }

    private Mono<Void> refuseIfTaken(String username) {
        return accounts.findAll()
                .filter(account -> account.username().equalsIgnoreCase(username))
                .next()
                .flatMap(sameName -> Mono.error(AccountRefused.usernameTaken(username)));
    }

    private Mono<Void> refuseIfLastAdministrator(UserAccount leaving) {
        if (!leaving.roles().contains(Role.ADMIN)) {
            return Mono.empty();
        }
        return accounts.findAll()
                .filter(account -> account.roles().contains(Role.ADMIN))
                .count()
                .flatMap(administrators -> administrators > 1
                        ? Mono.empty()
                        : Mono.error(AccountRefused.lastAdministrator(leaving.username())));
    }

    /** Hashing is slow on purpose (bcrypt), so it stays off the store driver's threads. */
    private Mono<String> hash(String password) {
        return Mono.fromCallable(() -> passwordEncoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    /** 120 random bits in 20 characters, as for the first administrator. */
    private String generatePassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
