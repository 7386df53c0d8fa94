package org.balise.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.balise.web.store.SharedContextRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Against the real embedded store, started once for the class (a context takes seconds). Every test begins
 * where Balise's first start leaves the store: one account, {@code admin}, the only administrator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext shared;
    private Accounts accounts;
    private UserAccountRepository repository;
    private UserAccount firstAdministrator;

    @BeforeAll
    void start() {
        shared = SharedContextRunner.onEmbeddedStore(dataDir);
        accounts = shared.getBean(Accounts.class);
        repository = shared.getBean(UserAccountRepository.class);
        firstAdministrator = repository.findByUsername("admin").block();
    }

    @AfterEach
    void backToTheFirstAdministratorAlone() {
        repository.deleteAll().block();
        repository.save(UserAccount.create(firstAdministrator.username(), firstAdministrator.passwordHash(),
                firstAdministrator.roles(), firstAdministrator.createdAt())).block();
    }

    @AfterAll
    void stop() {
        shared.close();
    }

    @Test
    void aNewAccountSignsInWithItsOneTimePassword() {
        IssuedPassword issued = accounts.create("claire.martin", Set.of(Role.TEACHER)).block();

        assertThat(issued.username()).isEqualTo("claire.martin");
        assertThat(roles(signIn("claire.martin", issued.password()))).containsExactly("ROLE_TEACHER");
    }

    @Test
    void theOneTimePasswordIsStoredHashedOnly() {
        IssuedPassword issued = accounts.create("claire.martin", Set.of(Role.TEACHER)).block();

        String stored = repository.findByUsername("claire.martin").block().passwordHash();
        assertThat(stored).doesNotContain(issued.password()).startsWith("{bcrypt}");
        assertThat(shared.getBean(PasswordEncoder.class).matches(issued.password(), stored)).isTrue();
    }

    @Test
    void generatedPasswordsAreLongEnoughAndNeverTheSame() {
        String first = accounts.create("first", Set.of(Role.AUTHOR)).block().password();
        String second = accounts.create("second", Set.of(Role.AUTHOR)).block().password();

        assertThat(first).hasSizeGreaterThanOrEqualTo(PasswordChanges.MINIMUM_LENGTH).isNotEqualTo(second);
    }

    @Test
    void anIssuedPasswordNeverAppearsInItsDescription() {
        IssuedPassword issued = accounts.create("claire.martin", Set.of(Role.TEACHER)).block();

        assertThat(issued.toString()).contains("claire.martin").doesNotContain(issued.password());
    }

    @Test
    void theListShowsEveryAccountByUsernameRegardlessOfCapitals() {
        accounts.create("zoe", Set.of(Role.AUTHOR)).block();
        accounts.create("Bruno", Set.of(Role.TEACHER, Role.AUTHOR)).block();

        assertThat(accounts.list().collectList().block())
                .extracting(AccountSummary::username).containsExactly("admin", "Bruno", "zoe");
        assertThat(accounts.list().filter(account -> account.username().equals("Bruno")).blockFirst().roles())
                .containsExactlyInAnyOrder(Role.TEACHER, Role.AUTHOR);
    }

    @Test
    void aUsernameTakenInOtherCapitalsIsRefused() {
        accounts.create("claire", Set.of(Role.TEACHER)).block();

        assertThatThrownBy(() -> accounts.create("Claire", Set.of(Role.AUTHOR)).block())
                .isInstanceOfSatisfying(AccountRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(AccountRefused.Reason.USERNAME_TAKEN);
                    assertThat(refused.getMessage()).isEqualTo(
                            "The username Claire is taken (capital letters make no difference): choose another.");
                });
        assertThat(repository.findByUsername("Claire").block()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a-username-of-forty-one-characters-long.1", "hélène", "claire martin",
            "claire@school", ""})
    void aUsernameOutsideTheAllowedLettersAndLengthsIsRefused(String username) {
        assertThatThrownBy(() -> accounts.create(username, Set.of(Role.TEACHER)).block())
                .isInstanceOfSatisfying(AccountRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountRefused.Reason.INVALID_USERNAME));
    }

    @Test
    void theLongestAndShortestUsernamesAreAccepted() {
        accounts.create("a_b", Set.of(Role.TEACHER)).block();
        accounts.create("a-username-of-forty-characters-is-long.1", Set.of(Role.TEACHER)).block();

        assertThat(accounts.list().count().block()).isEqualTo(3);
    }

    @Test
    void anAccountWithoutARoleIsRefused() {
        assertThatThrownBy(() -> accounts.create("claire", Set.of()).block())
                .isInstanceOfSatisfying(AccountRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountRefused.Reason.NO_ROLE));
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        IssuedPassword first = accounts.create("claire", Set.of(Role.TEACHER)).block();

        IssuedPassword reset = accounts.resetPassword("claire").block();

        assertThat(reset.password()).isNotEqualTo(first.password());
        signIn("claire", reset.password());
        assertThatThrownBy(() -> signIn("claire", first.password())).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void changingRolesGivesExactlyThoseRoles() {
        IssuedPassword issued = accounts.create("claire", Set.of(Role.TEACHER)).block();

        AccountSummary changed = accounts.changeRoles("claire", Set.of(Role.AUTHOR)).block();

        assertThat(changed.roles()).containsExactly(Role.AUTHOR);
        assertThat(roles(signIn("claire", issued.password()))).containsExactly("ROLE_AUTHOR");
    }

    @Test
    void anAccountKeepsAtLeastOneRole() {
        accounts.create("claire", Set.of(Role.TEACHER)).block();

        assertThatThrownBy(() -> accounts.changeRoles("claire", Set.of()).block())
                .isInstanceOfSatisfying(AccountRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountRefused.Reason.NO_ROLE));
        assertThat(repository.findByUsername("claire").block().roles()).containsExactly(Role.TEACHER);
    }

    @Test
    void theLastAdministratorKeepsTheAdministratorRole() {
        assertThatThrownBy(() -> accounts.changeRoles("admin", Set.of(Role.TEACHER)).block())
                .isInstanceOfSatisfying(AccountRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(AccountRefused.Reason.LAST_ADMINISTRATOR);
                    assertThat(refused.getMessage()).startsWith("admin is the last administrator");
                });
        assertThat(repository.findByUsername("admin").block().roles()).contains(Role.ADMIN);
    }

    @Test
    void withASecondAdministratorTheFirstMayStepDown() {
        accounts.create("ada", Set.of(Role.ADMIN)).block();

        accounts.changeRoles("admin", Set.of(Role.TEACHER)).block();

        assertThat(repository.findByUsername("admin").block().roles()).containsExactly(Role.TEACHER);
    }

    @Test
    void theLastAdministratorCannotBeDeleted() {
        assertThatThrownBy(() -> accounts.delete("admin", "someone-else").block())
                .isInstanceOfSatisfying(AccountRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountRefused.Reason.LAST_ADMINISTRATOR));
        assertThat(repository.findByUsername("admin").block()).isNotNull();
    }

    @Test
    void anAdministratorCannotDeleteThemselves() {
        accounts.create("ada", Set.of(Role.ADMIN)).block();

        assertThatThrownBy(() -> accounts.delete("ada", "ada").block())
                .isInstanceOfSatisfying(AccountRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(AccountRefused.Reason.OWN_ACCOUNT);
                    assertThat(refused.getMessage()).isEqualTo(
                            "You cannot delete your own account: another administrator can.");
                });
        assertThat(repository.findByUsername("ada").block()).isNotNull();
    }

    @Test
    void aDeletedAccountNoLongerSignsIn() {
        IssuedPassword issued = accounts.create("claire", Set.of(Role.TEACHER)).block();

        accounts.delete("claire", "admin").block();

        assertThat(repository.findByUsername("claire").block()).isNull();
        assertThatThrownBy(() -> signIn("claire", issued.password())).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void changesToAnAccountThatIsGoneAreRefused() {
        assertThatThrownBy(() -> accounts.resetPassword("ghost").block())
                .isInstanceOfSatisfying(AccountRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountRefused.Reason.UNKNOWN_ACCOUNT));
        assertThatThrownBy(() -> accounts.changeRoles("ghost", Set.of(Role.TEACHER)).block())
                .isInstanceOf(AccountRefused.class);
        assertThatThrownBy(() -> accounts.delete("ghost", "admin").block())
                .isInstanceOf(AccountRefused.class);
    }

    /** The roles a sign-in grants, without the factors Spring Security adds (such as FACTOR_PASSWORD). */
    private static List<String> roles(Authentication signedIn) {
        return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    /** Signs in as the back-office does: the shared account lookup, checked with the shared password encoder. */
    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(shared.getBean(UserDetailsService.class));
        provider.setPasswordEncoder(shared.getBean(PasswordEncoder.class));
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
