package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.security.Role;
import org.balise.web.security.UserAccount;
import org.balise.web.security.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A teacher opens the back-office in a real browser, sees the sign-in page, and signs in. */
@ExtendWith(RunningBaliseExtension.class)
class BackOfficeSignInBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    private final RunningBalise balise;
    private ChromeDriver browser;
    private WebDriverWait wait;

    BackOfficeSignInBrowserTest(RunningBalise balise) {
        this.balise = balise;
    }

    @BeforeEach
    void openABrowser() {
        browser = Browser.open(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeIt(TestInfo test) {
        Browser.screenshot(browser, "after-" + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    @Test
    void theBackOfficeOpensOnItsSignInPage() {
        browser.get(backOffice("/"));

        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("Balise back-office");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.getTitle()).contains("Sign in");
        Browser.screenshot(browser, "back-office-sign-in");
        Axe.check(browser, "sign-in");
    }

    @Test
    void aTeacherWithTheRightPasswordReachesTheBackOffice() {
        anAccount("teacher-ines");

        signIn("teacher-ines", PASSWORD);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, teacher-ines"));
        Browser.screenshot(browser, "back-office-home");
        Axe.check(browser, "back-office home");
    }

    @Test
    void aWrongPasswordKeepsTheTeacherOnTheSignInPageWithAnError() {
        anAccount("teacher-hugo");

        signIn("teacher-hugo", "not the password");

        wait.until(ExpectedConditions.urlContains("error"));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("Balise back-office");
        assertThat(browser.findElement(By.tagName("vaadin-login-form")).getDomAttribute("error")).isNotNull();
    }

    private void signIn(String username, String password) {
        browser.get(backOffice("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
    }

    private void anAccount(String username) {
        PasswordEncoder encoder = balise.shared().getBean(PasswordEncoder.class);
        UserAccountRepository accounts = balise.shared().getBean(UserAccountRepository.class);
        accounts.save(UserAccount.create(username, encoder.encode(PASSWORD), Set.of(Role.TEACHER), Instant.EPOCH))
                .block();
    }

    private String backOffice(String path) {
        return "http://localhost:" + balise.backOfficePort() + path;
    }
}
