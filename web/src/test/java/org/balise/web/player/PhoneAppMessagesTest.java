package org.balise.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.RefusalReason;
import org.balise.web.api.ProblemType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone app's words (static/i18n/{language}.json) are complete: every language has every key, with
 * the same plural forms and the same {placeholders}; every key the app's scripts and page use exists; every
 * key is used; and the keys the app builds at run time cover what the server may send (every refusal
 * reason, every problem type, every game status).
 */
class PhoneAppMessagesTest {

    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A key written in the code: t('a.key'), a label {key: 'a.key'}, or a bare 'a.key' of a known namespace. */
    private static final Pattern CALLED = Pattern.compile("\\bt\\(\\s*'([^']+)'");
    private static final Pattern LITERAL = Pattern.compile("'([a-z][a-z-]*(?:\\.[a-z0-9-]+)+)'");
    private static final Pattern DATA_I18N = Pattern.compile("data-i18n=\"([^\"]+)\"");
    /** A key built at run time: `prefix.${...}`. */
    private static final Pattern BUILT = Pattern.compile("`([a-z][a-z-]*(?:\\.[a-z-]+)*\\.)\\$\\{");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Every key the app builds at run time, by prefix: what the server or the browser may hand it. */
    private static final Map<String, Set<String>> BUILT_KEYS = Map.of(
            "reason.", names(RefusalReason.values(), Enum::name),
            "problem.", names(ProblemType.values(), ProblemType::slug),
            "game.status.", names(GameStatus.values(), Enum::name),
            "join.status.", names(GameStatus.values(), Enum::name),
            "join.mode.", names(Mode.values(), Enum::name),
            "dir.", Set.of("n", "ne", "e", "se", "s", "sw", "w", "nw"),
            "gps.", Set.of("off", "searching", "good", "fair", "poor", "stale", "denied", "unavailable", "unsupported"));

    @Test
    void everyLanguageHasEveryKeyWithTheSameFormsAndPlaceholders() {
        Map<String, String> english = flattened("en");
        for (String language : LANGUAGES) {
            Map<String, String> messages = flattened(language);
            assertThat(messages.keySet()).as("keys of %s.json compared with en.json", language)
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
            messages.forEach((key, text) -> assertThat(placeholders(text))
                    .as("placeholders of %s in %s.json", key, language)
                    .isEqualTo(placeholders(english.get(key))));
        }
    }

    @Test
    void everyKeyTheAppUsesExists() {
        Set<String> known = flattenedKeys("en");
        Set<String> namespaces = known.stream().map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = usedKeys(namespaces);

        assertThat(used).as("keys used in the app's scripts and page").isNotEmpty();
        assertThat(new TreeSet<>(used)).as("keys used by the app but missing from the messages")
                .allMatch(known::contains, "a key of en.json and fr.json");
    }

    @Test
    void everyKeyBuiltAtRunTimeHasAPrefixTheTestKnowsAndCoversWhatTheServerSends() {
        Set<String> known = flattenedKeys("en");
        Set<String> prefixes = new TreeSet<>();
        appSources().forEach(source -> find(BUILT, source.text(), prefixes));

        assertThat(prefixes).as("prefixes of keys built at run time").isSubsetOf(BUILT_KEYS.keySet());
        BUILT_KEYS.forEach((prefix, suffixes) -> suffixes.forEach(suffix ->
                assertThat(known).as("messages for every value of " + prefix + "*").contains(prefix + suffix)));
    }

    @Test
    void everyKeyOfTheMessagesIsUsed() {
        Set<String> known = flattenedKeys("en");
        Set<String> namespaces = known.stream().map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = usedKeys(namespaces);
        List<String> unused = known.stream()
                .filter(key -> !used.contains(key))
                .filter(key -> BUILT_KEYS.keySet().stream().noneMatch(key::startsWith))
                .sorted().toList();

        assertThat(unused).as("keys no script or page uses").isEmpty();
    }

    private static Set<String> usedKeys(Set<String> namespaces) {
        Set<String> used = new TreeSet<>();
        for (Source source : appSources()) {
            find(CALLED, source.text(), used);
            find(DATA_I18N, source.text(), used);
            Set<String> literals = new TreeSet<>();
            find(LITERAL, source.text(), literals);
            literals.stream().filter(literal -> namespaces.contains(literal.substring(0, literal.indexOf('.')))).forEach(used::add);
        }
        return used;
    }

    private record Source(Path path, String text) {
    }

    private static List<Source> appSources() {
        Path root = staticRoot();
        try (Stream<Path> files = Files.walk(root.resolve("app"))) {
            return Stream.concat(files.filter(file -> file.toString().endsWith(".js")), Stream.of(root.resolve("index.html")))
                    .map(file -> new Source(file, read(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void find(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /** The messages of a language, plural forms as key.form. */
    private static Map<String, String> flattened(String language) {
        Map<String, String> flat = new TreeMap<>();
        JsonNode messages = JSON.readTree(read(staticRoot().resolve("i18n/" + language + ".json")));
        messages.properties().forEach(entry -> {
            if (entry.getValue().isObject()) {
                entry.getValue().properties().forEach(form -> flat.put(entry.getKey() + "." + form.getKey(), form.getValue().asString()));
            } else {
                flat.put(entry.getKey(), entry.getValue().asString());
            }
        });
        return flat;
    }

    /** The keys as the app asks for them (a plural key without its forms). */
    private static Set<String> flattenedKeys(String language) {
        Map<String, Object> keys = new LinkedHashMap<>();
        JSON.readTree(read(staticRoot().resolve("i18n/" + language + ".json"))).properties()
                .forEach(entry -> keys.put(entry.getKey(), entry.getValue()));
        return new TreeSet<>(keys.keySet());
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        find(PLACEHOLDER, text, names);
        return names;
    }

    private static <T> Set<String> names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.toSet());
    }

    static Path staticRoot() {
        try {
            return Path.of(PhoneAppMessagesTest.class.getResource("/static/index.html").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
