package org.balise.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service worker's list of the app shell (what a phone keeps for dead zones) names every file the app
 * needs and nothing that does not exist; the manifest and the page point at files that exist; every
 * vendored script keeps its licence next to it.
 */
class PhoneAppShellTest {

    private static final Pattern QUOTED_PATH = Pattern.compile("'(/[^']*)'");
    private static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";

    private final Path root = PhoneAppMessagesTest.staticRoot();

    @Test
    void theShellListsEveryFileOfTheAppAndOnlyThose() {
        Set<String> listed = quotedPaths(section(read("sw.js"), "const SHELL = [", "];"));
        Set<String> onFirstUse = quotedPaths(section(read("sw.js"), "const ON_FIRST_USE = [", "];"));

        Set<String> expected = new TreeSet<>(filesUnder("app", "i18n", "icons"));
        expected.addAll(Set.of("/", "/manifest.webmanifest", LEAFLET + "leaflet.css", LEAFLET + "leaflet.js"));
        assertThat(listed).as("the service worker's SHELL").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(onFirstUse).as("files kept on first use").containsExactlyInAnyOrderElementsOf(filesUnder("vendor").stream()
                .filter(path -> path.endsWith(".js")).toList());
    }

    @Test
    void theAppLoadsLeafletFromTheVersionTheShellKeeps() {
        assertThat(read("app/map.js")).contains("'" + LEAFLET + "'");
        assertThat(getClass().getResource("/META-INF/resources" + LEAFLET + "leaflet.js"))
                .as("the Leaflet WebJar on the class path").isNotNull();
    }

    @Test
    void theManifestAndThePagePointAtFilesThatExist() {
        Set<String> referenced = new TreeSet<>(quotedIn(read("manifest.webmanifest"), "\"(/[^\"]+\\.[a-z]+)\""));
        referenced.addAll(quotedIn(read("index.html"), "(?:href|src)=\"(/[^\"]+)\""));

        assertThat(referenced).isNotEmpty().allSatisfy(path ->
                assertThat(root.resolve(path.substring(1))).as("file behind " + path).isRegularFile());
    }

    @Test
    void everyVendoredLibraryKeepsItsLicence() {
        try (Stream<Path> folders = Files.list(root.resolve("vendor"))) {
            assertThat(folders.toList()).isNotEmpty().allSatisfy(folder ->
                    assertThat(folder.resolve("LICENSE")).as("licence of " + folder.getFileName()).isRegularFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> filesUnder(String... folders) {
        Set<String> paths = new TreeSet<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(Files::isRegularFile)
                        .filter(file -> !Set.of("LICENSE", "README.md").contains(file.getFileName().toString()))
                        .map(file -> "/" + root.relativize(file).toString().replace('\\', '/'))
                        .forEach(paths::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths;
    }

    private static Set<String> quotedPaths(String text) {
        return quotedIn(text, QUOTED_PATH.pattern());
    }

    private static Set<String> quotedIn(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String section(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("\"" + start + "\" in sw.js").isNotNegative();
        return text.substring(from + start.length(), text.indexOf(end, from));
    }

    private String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
