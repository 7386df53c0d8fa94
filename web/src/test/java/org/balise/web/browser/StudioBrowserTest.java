package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.security.Role;
import org.balise.web.security.UserAccount;
import org.balise.web.security.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An author in a real browser writes a two-station circuit from nothing — places the stations on the map,
 * writes every text in French and English, the riddles and their answers — publishes it, and a teacher
 * starts a class session with it.
 */
@ExtendWith(RunningBaliseExtension.class)
class StudioBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    private final RunningBalise balise;
    private ChromeDriver browser;
    private WebDriverWait wait;

    StudioBrowserTest(RunningBalise balise) {
        this.balise = balise;
    }

    @BeforeEach
    void openABrowser() {
        browser = Browser.open(1400, 1100);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeIt() {
        browser.quit();
    }

    @Test
    void anAuthorWritesAndPublishesATwoStationCircuitThatATeacherThenRuns() {
        String title = "Deux fontaines " + UUID.randomUUID().toString().substring(0, 4);
        signIn("author-" + UUID.randomUUID().toString().substring(0, 8), Set.of(Role.AUTHOR, Role.TEACHER));

        browser.get(backOffice("/studio"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drafts")));
        Axe.check(browser, "studio circuits");
        click(By.id("new-circuit"));
        type(By.cssSelector("#new-circuit-title input"), title);
        WebElement languages = browser.findElement(By.cssSelector("#new-circuit-languages input"));
        languages.sendKeys("en");
        click(By.xpath("//vaadin-multi-select-combo-box-item[starts-with(normalize-space(.), 'en')]"));
        languages.sendKeys(Keys.ESCAPE);
        Browser.screenshot(browser, "studio-new-circuit");
        click(By.id("new-circuit-create"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("circuit-settings")));
        Browser.screenshot(browser, "studio-editor-opened");
        type(textField("Title · en"), "Two fountains");
        type(textArea("Summary · fr"), "Deux fontaines du quartier, deux énigmes.");
        type(textArea("Summary · en"), "Two fountains of the district, two riddles.");
        Browser.screenshot(browser, "studio-circuit");
        Axe.check(browser, "studio circuit settings");

        click(By.id("part-stations"));
        addStation(0, "Fontaine du square", "Square fountain", "Combien de jets ?", "How many jets?", "4");
        addStation(300, "Fontaine de la place", "Square's fountain", "Quelle couleur ?", "Which colour?", "vert");
        Browser.screenshot(browser, "studio-stations");
        Axe.check(browser, "studio stations");

        wait.withMessage(() -> "problems left: " + browser.findElements(By.className("balise-problem")).stream()
                        .map(WebElement::getText).toList())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "ready to publish"));
        click(By.id("publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Published as version 1.0.0"));
        Browser.screenshot(browser, "studio-published");
        for (String part : List.of("trades", "final-riddle", "media", "languages", "track")) {
            click(By.id("part-" + part));
            wait.until(ExpectedConditions.attributeToBe(By.id("part-" + part), "aria-current", "true"));
            Axe.check(browser, "studio " + part);
        }
        PublishedCircuit published = balise.shared().getBean(CircuitCatalogue.class).playable()
                .filter(version -> title.equals(version.title().get("fr"))).blockFirst();
        assertThat(published.languages()).containsExactly("fr", "en");

        browser.get(backOffice("/classroom/sessions"));
        click(By.id("new-session"));
        WebElement circuit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#circuit input")));
        circuit.sendKeys("Two fountains");
        click(By.xpath("//vaadin-combo-box-item[contains(., 'Two fountains')]"));
        click(By.id("create-session"));
        String joinCode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-code"))).getText();
        assertThat(joinCode).isNotBlank();
    }

    /** Adds a station, places it on the map {@code eastPixels} from the map's centre, and writes it. */
    private void addStation(int eastPixels, String titleFr, String titleEn, String questionFr, String questionEn,
            String answer) {
        click(By.id("add-station"));
        WebElement map = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".station-map-canvas.leaflet-container[data-ready]")));
        if (eastPixels == 0) {
            WebElement place = browser.findElement(By.cssSelector("input[aria-label^='Latitude and longitude to go to']"));
            place.sendKeys("47.3205, 5.0030", Keys.ENTER);
        }
        Browser.screenshot(browser, "studio-station-added");
        click(By.xpath("//vaadin-button[contains(., 'Place a circle')]"));
        wait.until(driver -> map.getDomAttribute("data-mode") != null);
        new Actions(browser).moveToElement(map, eastPixels, 0).click().perform();
        wait.until(driver -> driver.findElement(By.cssSelector(".station-map-canvas")).getDomAttribute("data-zone") != null);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-number-field[label[normalize-space(.)='Centre latitude']]//input")));
        if (eastPixels > 0) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    browser.findElement(By.id("stations-part")));
            Browser.screenshot(browser, "studio-map");
        }

        type(textField("Title · fr"), titleFr);
        type(textField("Title · en"), titleEn);
        type(textArea("On-site text · fr"), "Approchez-vous de la fontaine.");
        type(textArea("On-site text · en"), "Walk up to the fountain.");
        type(textArea("Question · fr"), questionFr);
        type(textArea("Question · en"), questionEn);
        type(textArea("Accepted answers"), answer);
    }

    private By textField(String label) {
        return By.xpath("//vaadin-text-field[label[normalize-space(.)='" + label + "']]//input");
    }

    private By textArea(String label) {
        return By.xpath("//vaadin-text-area[label[normalize-space(.)='" + label + "']]//textarea");
    }

    /** Types in a field and leaves it, as an author does: the change is saved when the field is left. */
    private void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private void signIn(String username, Set<Role> roles) {
        PasswordEncoder encoder = balise.shared().getBean(PasswordEncoder.class);
        balise.shared().getBean(UserAccountRepository.class)
                .save(UserAccount.create(username, encoder.encode(PASSWORD), roles, Instant.EPOCH)).block();
        browser.get(backOffice("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
    }

    private String backOffice(String path) {
        return "http://localhost:" + balise.backOfficePort() + path;
    }
}
