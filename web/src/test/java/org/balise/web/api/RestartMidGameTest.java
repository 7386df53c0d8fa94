package org.balise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.balise.engine.circuit.model.Mode;
import org.balise.web.BaliseApplication;
import org.balise.web.RunningBalise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Balise stopped and started again mid-game: every team finds its game as it left it. */
@org.junit.jupiter.api.extension.ExtendWith(org.balise.web.RunningBaliseExtension.class)
class RestartMidGameTest {

    private final RunningBalise shared;

    RestartMidGameTest(RunningBalise shared) {
        this.shared = shared;
    }

    @TempDir
    Path dataDir;

    @Test
    void aTeamsStateIsTheSameAfterARestart() {
        JsonNode team;
        JsonNode before;
        try (RunningBalise balise = start()) {
            PhoneApiClient phone = new PhoneApiClient(balise);
            team = phone.join(phone.startedSession(Mode.VIRTUAL), "Les Persistants", "fr");
            String station = team.get("view").get("stations").get(0).get("id").asString();
            phone.command(team, Map.of("commandId", "restart-1", "type", "open-station", "stationId", station));
            phone.command(team, Map.of("commandId", "restart-2", "type", "submit-answer", "riddle", station,
                    "answer", Map.of("text", "sans doute pas")));
            before = phone.view(team);
        }

        try (RunningBalise balise = start()) {
            PhoneApiClient phone = new PhoneApiClient(balise);
            JsonNode after = phone.view(team);

            assertThat(after.get("sequence").asString()).startsWith(before.get("sequence").asString().split("\\.")[0] + ".");
            assertThat(after.get("view").get("stations")).isEqualTo(before.get("view").get("stations"));
            assertThat(after.get("view").get("score")).isEqualTo(before.get("view").get("score"));
            assertThat(after.get("view").get("status")).isEqualTo(before.get("view").get("status"));
            // A command sent before the restart and retried after it is still applied once.
            JsonNode retried = phone.command(team, Map.of("commandId", "restart-2", "type", "submit-answer",
                    "riddle", team.get("view").get("stations").get(0).get("id").asString(),
                    "answer", Map.of("text", "sans doute pas")));
            assertThat(retried.get("events")).isEmpty();
            assertThat(retried.get("view").get("stations")).isEqualTo(before.get("view").get("stations"));
        }
    }

    @Test
    void stoppingAnotherBaliseInTheSameJvmLeavesThisOneServing() {
        start().close();

        new PhoneApiClient(shared).http.get().uri("/api/info").exchange().expectStatus().isOk();
    }

    private RunningBalise start() {
        return BaliseApplication.start("--balise.play.port=0", "--balise.back-office.port=0",
                "--balise.store.data-dir=" + dataDir);
    }
}
