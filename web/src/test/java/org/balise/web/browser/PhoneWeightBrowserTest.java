package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Mode;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.game.GameSessions;
import org.balise.web.game.Joined;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The phone app's first screens stay light for a poor mobile network: under 300 KB transferred each, Leaflet
 * included, map tiles excluded (the sample has none). Measured in a fresh browser (nothing cached) with the
 * Performance API: for every response, its transferred size, or its body's size when a service worker
 * answered it (transferSize is then 0). The figures are written to web/target/phone-weight.txt.
 */
@ExtendWith(RunningBaliseExtension.class)
class PhoneWeightBrowserTest {

    static final long BUDGET = 300_000;

    private static final String WEIGHT = """
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
            return entries.map((e) => ({name: e.name.replace(location.origin, ''),
                                       bytes: Math.max(e.transferSize, e.encodedBodySize)}));
            """;

    private final RunningBalise balise;
    private final PhoneGames games;

    PhoneWeightBrowserTest(RunningBalise balise) {
        this.balise = balise;
        this.games = new PhoneGames(balise);
    }

    @Test
    void theJoinScreenWeighsUnderItsBudget() {
        try (Phone phone = Phone.open(balise)) {
            phone.go("/");
            phone.visible(By.name("code"));

            long bytes = settledWeight(phone, "join screen");

            assertThat(bytes).as("bytes transferred for the join screen").isLessThan(BUDGET);
        }
    }

    @Test
    void theGameScreenWithItsMapWeighsUnderItsBudget() {
        SessionDocument session = games.running(Mode.ON_SITE, "liberation");
        Joined team = balise.shared().getBean(GameSessions.class).join(session.joinCode(), "Les Poids Plume", "en").block();
        try (Phone phone = Phone.open(balise)) {
            // A phone opening the team's invitation lands straight on the game: its first screen is the map.
            phone.go("/#team=" + team.teamId() + "&token=" + team.token());
            phone.visible(By.cssSelector("#map .leaflet-control-scale"));
            phone.says(By.id("to-reach"), "Place de la Libération");

            long bytes = settledWeight(phone, "game screen");

            assertThat(bytes).as("bytes transferred for the game screen").isLessThan(BUDGET);
        }
    }

    /** Waits until no new response arrives for a moment, then sums them all and writes them down. */
    private static long settledWeight(Phone phone, String screen) {
        int[] seen = {-1};
        phone.until(page -> {
            int now = ((Number) phone.script("return performance.getEntriesByType('resource').length")).intValue();
            boolean settled = now == seen[0];
            seen[0] = now;
            return settled ? Boolean.TRUE : null;
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) phone.script(WEIGHT);
        long total = entries.stream().mapToLong(entry -> ((Number) entry.get("bytes")).longValue()).sum();
        StringBuilder report = new StringBuilder(screen + ": " + total + " bytes in " + entries.size() + " responses\n");
        entries.forEach(entry -> report.append("  ").append(entry.get("bytes")).append(' ').append(entry.get("name")).append('\n'));
        try {
            Files.writeString(Path.of("target", "phone-weight.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }
}
