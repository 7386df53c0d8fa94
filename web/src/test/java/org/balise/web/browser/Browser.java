package org.balise.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium driven through chromedriver, both from the system's packages (Debian's
 * {@code chromium} and {@code chromium-driver}); nothing is downloaded at test time.
 *
 * <p>Without a browser, browser tests are skipped with a visible reason on a developer's machine, and fail
 * on CI (environment variable {@code CI=true}), where {@code .ci/run} installs one.
 */
public final class Browser {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> CHROMEDRIVER = List.of("/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver");

    private Browser() {
    }

    /**
     * A new headless browser with a phone-sized or desk-sized window; the caller quits it. Extra arguments
     * are added to the usual ones (e.g. a fake camera). Quitting it deletes its profile.
     */
    public static ChromeDriver open(int width, int height, String... extraArguments) {
        Optional<Path> chromium = firstExisting("BALISE_CHROMIUM", CHROMIUM);
        Optional<Path> chromedriver = firstExisting("BALISE_CHROMEDRIVER", CHROMEDRIVER);
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String reason = "browser tests need Chromium and chromedriver (Debian: apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        Path profile = freshProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                // Keeps every name lookup inside the browser: nothing leaves the machine, nothing hangs.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options) {
            /** Also deletes the browser's profile: a few megabytes per browser, left in the temporary folder. */
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    deleteProfile(profile);
                }
            }
        };
    }

    public static Path screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> firstExisting(String environmentVariable, List<String> candidates) {
        return Stream.concat(Stream.ofNullable(System.getenv(environmentVariable)), candidates.stream())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static void deleteProfile(Path profile) {
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            // Not worth failing a test for: the system empties its temporary folder sooner or later.
            System.err.println("Could not delete the browser profile " + profile + ": " + e);
        }
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("balise-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
