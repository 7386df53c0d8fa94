package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.CircuitSchema;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.validate.ValidationOptions;
import org.balise.engine.track.StationReplay;
import org.balise.web.circuits.SampleCircuits;
import org.balise.web.drafts.DraftCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A GPS track replayed against a draft, in the editor's "Try a GPS track" part. */
@ExtendWith(CurrentUi.class)
class TrackPartTest {

    private static final Circuit SAMPLE = ((LoadResult.Loaded) new CircuitLoader(CircuitSchema.fromClasspath(),
            ValidationOptions.DEFAULT).load(SampleCircuits.sample())).circuit();

    /** Thirty seconds standing on the place de la Libération (the sample's first station), a fix a second. */
    private static byte[] standingOnTheSquare() {
        StringBuilder gpx = new StringBuilder("""
                <?xml version="1.0"?>
                <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Standing</name><trkseg>
                """);
        Instant start = Instant.parse("2026-05-12T08:00:00Z");
        for (int second = 0; second <= 30; second++) {
            gpx.append("<trkpt lat=\"47.32150\" lon=\"5.04150\"><time>").append(start.plusSeconds(second))
                    .append("</time><hdop>1</hdop></trkpt>\n");
        }
        return gpx.append("</trkseg></trk></gpx>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theStationsReachedAndTheClosestApproachToTheOthersAreShown() {
        TrackPart part = new TrackPart(new DraftCheck(List.of(), SAMPLE, false));

        part.replay(SAMPLE, "standing.gpx", standingOnTheSquare());

        @SuppressWarnings("unchecked")
        Grid<StationReplay> stations = find(part, "track-stations", Grid.class).orElseThrow();
        List<StationReplay> rows = stations.getListDataView().getItems().toList();
        assertThat(rows).hasSize(SAMPLE.stations().size());
        assertThat(TrackPart.outcome(rows.getFirst())).startsWith("Reached after");
        assertThat(TrackPart.outcome(rows.get(1))).startsWith("Not reached: the walk came within");
        assertThat(find(part, "track-summary", Paragraph.class).orElseThrow().getText())
                .startsWith("Standing: 31 positions").contains("in 30 s");
    }

    @Test
    void anUnreadableFileIsExplainedAndNothingIsReplayed() {
        TrackPart part = new TrackPart(new DraftCheck(List.of(), SAMPLE, false));

        part.replay(SAMPLE, "walk.fit", new byte[] {0x0E, 0x10, 0x43, 0x08});

        assertThat(find(part, "track-stations", Grid.class)).isEmpty();
        assertThat(part.getElement().getTextRecursively()).contains("walk.fit:");
    }

    @Test
    void aDraftTheEngineCannotLoadIsNotReplayed() {
        TrackPart part = new TrackPart(new DraftCheck(List.of(), null, false));

        assertThat(part.getElement().getTextRecursively()).contains("fix the errors");
    }

    private static <T extends Component> Optional<T> find(Component root, String id, Class<T> type) {
        if (id.equals(root.getId().orElse(null)) && type.isInstance(root)) {
            return Optional.of(type.cast(root));
        }
        return root.getChildren().map(child -> find(child, id, type)).flatMap(Optional::stream).findFirst();
    }
}
