package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core (vendored in src/test/resources/axe, MPL-2.0) on the page as it is, against WCAG 2.0 and
 * 2.1 levels A and AA, and fails on any serious or critical violation, listing each with the elements it
 * concerns.
 */
final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SOURCE = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then((results) => done(JSON.stringify(results.violations.map((v) => ({
                  id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))})))))
              .catch((error) => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(error), nodes: []}])));
            """;

    private Axe() {
    }

    static void check(ChromeDriver driver, String screen) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(SOURCE);
        }
        JsonNode violations = JSON.readTree((String) driver.executeAsyncScript(RUN));
        List<String> blocking = new ArrayList<>();
        for (JsonNode violation : violations) {
            if (BLOCKING.contains(violation.path("impact").asString())) {
                StringBuilder line = new StringBuilder(violation.path("impact").asString()).append(' ')
                        .append(violation.path("id").asString()).append(": ").append(violation.path("help").asString());
                violation.path("nodes").forEach(node -> line.append("\n    ").append(node.asString()));
                blocking.add(line.toString());
            }
        }
        assertThat(blocking).as("serious or critical accessibility violations on the screen \"%s\"", screen).isEmpty();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test resources (/axe/axe.min.js)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
