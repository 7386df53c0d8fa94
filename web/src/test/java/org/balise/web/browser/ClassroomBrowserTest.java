package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A teacher in a real browser creates a class session, prints its poster, starts it, and watches teams
 * (phones driven over the HTTP API) join and solve on the dashboard without reloading; her recall reaches
 * a team's phone view.
 */
@ExtendWith(RunningBaliseExtension.class)
class ClassroomBrowserTest {

    private static final String PASSWORD = "correct horse battery";
    /** The teacher's browser is far from the server's zone: the back-office shows the teacher's time. */
    private static final ZoneId TEACHER_ZONE = ZoneId.of("Pacific/Auckland");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningBalise balise;
    private final HttpClient http = HttpClient.newHttpClient();
    private ChromeDriver browser;
    private WebDriverWait wait;

    ClassroomBrowserTest(RunningBalise balise) {
        this.balise = balise;
    }

    @BeforeEach
    void openABrowser() {
        browser = Browser.open(1400, 1000);
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", TEACHER_ZONE.getId()));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeIt() {
        browser.quit();
    }

    @Test
    void aTeacherRunsAClassAndSeesTeamsMoveAndSolveWithoutReloading() throws Exception {
        signIn("teacher-yara");

        browser.get(backOffice("/classroom/sessions"));
        click(By.id("new-session"));
        WebElement circuit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#circuit input")));
        circuit.sendKeys("The dukes");
        click(By.xpath("//vaadin-combo-box-item[contains(., 'The dukes')]"));
        Browser.screenshot(browser, "classroom-new-session");
        Axe.check(browser, "new session");
        click(By.id("create-session"));

        String joinCode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-code"))).getText();
        assertThat(browser.findElement(By.id("join-url")).getText()).endsWith("/join/" + joinCode);
        Browser.screenshot(browser, "classroom-poster");
        Axe.check(browser, "poster");

        browser.get(backOffice("/classroom/sessions"));
        click(By.id("start-" + joinCode));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("start-" + joinCode)));
        Browser.screenshot(browser, "classroom-sessions");
        Axe.check(browser, "sessions");
        click(By.id("dashboard-" + joinCode));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("teams")));

        join(joinCode, "Owls");
        join(joinCode, "Foxes");
        // Pupils type team names: markup in one is shown as text everywhere, never run.
        JsonNode ducs = join(joinCode, "<i>Les Ducs</i>");
        awaitCell("<i>Les Ducs</i>");
        // The third team of the sample's rotation starts at the owl: on site, arriving there solves it.
        walkTo(ducs, 47.3225, 5.0422);
        awaitCell("1 / 6");
        wait.until(driver -> "1".equals(driver.findElement(By.id("teams-map")).getDomAttribute("data-teams")));
        assertThat(browser.findElements(By.cssSelector("#teams-map.leaflet-container path"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#teams-map .balise-team")).getText()).isEqualTo("<i>Les Ducs</i>");
        assertThat(browser.findElements(By.cssSelector("#teams-map .balise-team i"))).isEmpty();
        Browser.screenshot(browser, "classroom-dashboard");
        Axe.check(browser, "dashboard");

        click(By.id("recall-all"));
        click(By.id("message-send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recall-status"),
                "not yet acknowledged by Owls, Foxes, <i>Les Ducs</i>"));
        Matcher sent = Pattern.compile("Recall sent at (\\d\\d:\\d\\d:\\d\\d)")
                .matcher(browser.findElement(By.id("recall-status")).getText());
        assertThat(sent.find()).isTrue();
        long minutesFromTeachersClock = Math.abs(Duration.between(LocalTime.parse(sent.group(1)),
                LocalTime.now(TEACHER_ZONE)).toMinutes());
        assertThat(Math.min(minutesFromTeachersClock, 24 * 60 - minutesFromTeachersClock))
                .as("the recall's time on the teacher's clock (%s), not the server's", TEACHER_ZONE).isLessThan(3);
        JsonNode messages = view(ducs).get("view").get("messages");
        assertThat(messages.valueStream().map(message -> message.get("kind").asString())).contains("RECALL");

        click(By.id("to-debrief"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("debrief-csv")));
        Browser.screenshot(browser, "classroom-debrief");
        Axe.check(browser, "debrief");
    }

    private void awaitCell(String text) {
        wait.withTimeout(Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")));
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private void signIn(String username) {
        PasswordEncoder encoder = balise.shared().getBean(PasswordEncoder.class);
        balise.shared().getBean(UserAccountRepository.class)
                .save(UserAccount.create(username, encoder.encode(PASSWORD), Set.of(Role.TEACHER), Instant.EPOCH))
                .block();
        browser.get(backOffice("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
    }

    private JsonNode join(String joinCode, String teamName) throws Exception {
        return send(HttpRequest.newBuilder(play("/api/join")).header("Content-Type", "application/json")
                .POST(body(Map.of("joinCode", joinCode, "teamName", teamName, "language", "en"))));
    }

    /** GPS fixes three seconds apart at a place, as the phone's outbox sends them after a short walk. */
    private void walkTo(JsonNode team, double latitude, double longitude) throws Exception {
        Instant now = Instant.now();
        var fixes = java.util.stream.IntStream.of(21, 18, 15, 12, 9, 6, 3, 0)
                .mapToObj(secondsAgo -> Map.<String, Object>of("lat", latitude, "lon", longitude, "accuracy", 5,
                        "time", now.minusSeconds(secondsAgo).toString()))
                .toList();
        send(HttpRequest.newBuilder(play("/api/teams/" + team.get("teamId").asString() + "/fixes"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + team.get("token").asString())
                .POST(body(Map.of("commandId", UUID.randomUUID().toString(), "fixes", fixes))));
    }

    private JsonNode view(JsonNode team) throws Exception {
        return send(HttpRequest.newBuilder(play("/api/teams/" + team.get("teamId").asString()))
                .header("Authorization", "Bearer " + team.get("token").asString()).GET());
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.BodyPublisher body(Map<String, Object> json) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json));
    }

    private URI play(String path) {
        return URI.create("http://localhost:" + balise.playPort() + path);
    }

    private String backOffice(String path) {
        return "http://localhost:" + balise.backOfficePort() + path;
    }
}
