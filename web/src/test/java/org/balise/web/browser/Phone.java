package org.balise.web.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.balise.engine.geo.LatLon;
import org.balise.web.RunningBalise;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One phone of a browser test: a headless Chromium at a phone's size whose position and network the test
 * controls through the DevTools protocol, as the phone app sees them through the Geolocation API and fetch.
 */
public final class Phone implements AutoCloseable {

    public static final int WIDTH = 412;
    public static final int HEIGHT = 915;
    /** How long a team's action may take to show, including a retry after the network came back. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String origin;

    private Phone(ChromeDriver driver, String origin) {
        this.driver = driver;
        this.origin = origin;
        this.wait = new WebDriverWait(driver, PATIENCE);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** A phone whose browser lets the app read its position (as a player who allowed it). */
    public static Phone open(RunningBalise balise, String... extraArguments) {
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of("--lang=en-GB"),
                java.util.Arrays.stream(extraArguments)).toArray(String[]::new);
        Phone phone = new Phone(Browser.open(WIDTH, HEIGHT, arguments), "http://localhost:" + balise.playPort());
        // Chromium's windows are at least 500 px wide: the phone's screen is emulated instead.
        phone.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        phone.driver.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", phone.origin, "permissions", List.of("geolocation")));
        return phone;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String origin() {
        return origin;
    }

    public Phone go(String path) {
        driver.get(path.startsWith("http") ? path : origin + path);
        return this;
    }

    public void reload() {
        driver.navigate().refresh();
    }

    /** Joins a session as a new team through the app's screens, and waits for the game screen. */
    public void join(String joinCode, String teamName, String language) {
        go("/?code=" + joinCode);
        type(By.name("team"), teamName);
        click(By.cssSelector("input[name=language][value=" + language + "]"));
        until(page -> page.findElement(By.tagName("html")).getDomAttribute("lang").equals(language));
        click(By.cssSelector("main form button[type=submit]"));
        visible(By.id("score"));
    }

    /** Where the phone's Geolocation API says it is. */
    public void at(LatLon position, double accuracyMetres) {
        driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of(
                "latitude", position.latitude(), "longitude", position.longitude(), "accuracy", accuracyMetres));
    }

    /** Cuts the phone's network (a dead zone), or gives it back. */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * Walks to {@code to} from 250 m away, one step per second, then stays there (moving by centimetres, as
     * a real fix does) until the app shows the station's riddle card.
     */
    public void walkTo(String stationId, LatLon to) {
        LatLon from = new LatLon(to.latitude() + 0.0015, to.longitude() - 0.002);
        int[] step = {0};
        int approach = 8;
        new FluentWait<>(driver).withTimeout(Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(900))
                .withMessage(() -> "the team did not reach " + stationId + "; the page said: " + text(By.id("main")))
                .until(page -> {
                    int i = step[0]++;
                    double f = Math.min(1, (double) i / approach);
                    double jitter = i > approach && i % 2 == 0 ? 0.000004 : 0;
                    at(new LatLon(from.latitude() + (to.latitude() - from.latitude()) * f + jitter,
                            from.longitude() + (to.longitude() - from.longitude()) * f), 8);
                    return !page.findElements(By.id("station-" + stationId)).isEmpty();
                });
    }

    public WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void gone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** Waits until the element holds this text (anywhere in it). */
    public WebElement says(By locator, String text) {
        wait.withMessage(() -> "expected \"" + text + "\" in " + locator + ", the page said: " + text(By.tagName("body")))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public void type(By locator, String text) {
        WebElement input = visible(locator);
        input.clear();
        input.sendKeys(text);
    }

    public String text(By locator) {
        List<WebElement> found = driver.findElements(locator);
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    /** The team this phone plays for, as the app keeps it: {teamId, token, language}. */
    public JsonNode team() {
        Object saved = driver.executeScript("return localStorage.getItem('balise.team')");
        return saved == null ? null : JSON.readTree((String) saved);
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Saves what the phone shows now, as web/target/screenshots/{name}.png. */
    public void screenshot(String name) {
        Browser.screenshot(driver, name);
    }

    /** The same, scrolled so that this element is at the top of the screen. */
    public void screenshot(String name, By showing) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", visible(showing));
        Browser.screenshot(driver, name);
    }

    /** Checks the page as it is now with axe-core: no serious or critical WCAG 2.1 AA violation. */
    public void checkAccessibility(String screen) {
        Axe.check(driver, screen);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
