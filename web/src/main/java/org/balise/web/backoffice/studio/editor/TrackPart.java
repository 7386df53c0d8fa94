package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.track.ReplayReport;
import org.balise.engine.track.StationReplay;
import org.balise.engine.track.Track;
import org.balise.engine.track.TrackFileException;
import org.balise.engine.track.TrackFiles;
import org.balise.engine.track.TrackReplay;
import org.balise.web.backoffice.BoundedUploads;
import org.balise.web.backoffice.ViewerTime;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.drafts.DraftCheck;

/**
 * Replays a GPS track recorded on a walk (GPX or GeoJSON) against the draft, through the same filter and
 * presence rules as a team on site: which stations would be reached, when, and how close the walk came to
 * the others. Nothing is stored: the file is read, replayed and forgotten.
 */
public final class TrackPart extends VerticalLayout {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final Div result = new Div();

    public TrackPart(DraftCheck check) {
        setPadding(false);
        setId("track-part");
        add(new H3("Try a GPS track"));
        Circuit circuit = check.circuit();
        if (circuit == null) {
            add(new Paragraph("The engine cannot load this draft yet: fix the errors listed in the checks, then "
                    + "replay a track against it."));
            return;
        }
        add(new Paragraph("Record a walk with any GPS app (GPX) or export one as GeoJSON, then drop it here: "
                + "the stations are tried as a team on site would reach them, with the same rules. Unlock "
                + "rules are ignored: every station is open."));
        Upload upload = new Upload(BoundedUploads.inMemory(TrackFiles.MAX_BYTES, (metadata, bytes) ->
                replay(circuit, metadata.fileName(), bytes)));
        upload.setId("track-upload");
        upload.setAcceptedFileTypes(".gpx", ".geojson", ".json", "application/gpx+xml", "application/geo+json",
                "application/json");
        upload.setMaxFileSize(TrackFiles.MAX_BYTES);
        upload.setUploadButton(new Button("Replay a track file", VaadinIcon.ROAD.create()));
        result.setId("track-result");
        result.setWidthFull();
        add(upload, result);
    }

    /** Reads and replays a track file, showing what happened or why the file cannot be read. */
    void replay(Circuit circuit, String fileName, byte[] bytes) {
        result.removeAll();
        Track track;
        try {
            track = TrackFiles.read(fileName, bytes);
        } catch (TrackFileException unreadable) {
            Paragraph error = new Paragraph(fileName + ": " + unreadable.getMessage());
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(error);
            return;
        }
        ReplayReport report = TrackReplay.replay(circuit, track);
        result.add(summary(fileName, track, report), stations(circuit, report));
    }

    private static Paragraph summary(String fileName, Track track, ReplayReport report) {
        StringBuilder text = new StringBuilder(track.name() == null ? fileName : track.name())
                .append(": ").append(track.fixes().size()).append(" positions, ")
                .append(Math.round(report.lengthMetres())).append(" m");
        if (track.timed()) {
            text.append(" in ").append(duration(report.trackDuration()));
        } else {
            text.append("; the file has no times, so positions are taken one second apart");
        }
        text.append(". ").append(report.fixesAccepted()).append(" positions accepted");
        if (report.fixesRejected() > 0) {
            text.append(", ").append(report.fixesRejected()).append(" rejected (")
                    .append(report.rejections().entrySet().stream()
                            .map(entry -> entry.getValue() + " " + words(entry.getKey().name()))
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        text.append('.');
        if (track.accuracyAssumed()) {
            text.append(" The file gives no accuracy: " + Math.round(TrackFiles.ASSUMED_ACCURACY_METRES)
                    + " m is assumed.");
        }
        Paragraph summary = new Paragraph(text.toString());
        summary.setId("track-summary");
        return summary;
    }

    private static Grid<StationReplay> stations(Circuit circuit, ReplayReport report) {
        Grid<StationReplay> grid = new Grid<>();
        grid.setId("track-stations");
        grid.addColumn(replay -> title(circuit, replay.stationId())).setHeader("Station").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(TrackPart::outcome).setHeader("With this track").setFlexGrow(2);
        grid.setItems(report.stations());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    static String outcome(StationReplay replay) {
        return switch (replay) {
            case StationReplay.Reached reached -> "Reached after " + duration(reached.firstArrivalAfterStart())
                    + " (" + ViewerTime.format(CLOCK, reached.firstArrival()) + ")"
                    + (reached.visits().size() > 1 ? ", " + reached.visits().size() + " visits" : "");
            case StationReplay.NotReached notReached -> notReached.closest() == null ? "Not reached"
                    : notReached.closest().inside()
                            ? "Not reached, though the walk went inside the zone: too short a stay or too imprecise"
                            : "Not reached: the walk came within " + Math.round(notReached.closest().distanceMetres())
                                    + " m (" + ViewerTime.format(CLOCK, notReached.closest().at()) + ")";
            case StationReplay.NoZone noZone -> "No zone: reached by its other proofs only";
        };
    }

    private static String title(Circuit circuit, String stationId) {
        return circuit.stations().stream().filter(station -> station.id().equals(stationId)).findFirst()
                .map(Station::title)
                .map(title -> circuit.languages().resolve(title, CircuitTitles.LANGUAGE))
                .orElse(stationId);
    }

    private static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        long seconds = duration.toSecondsPart();
        return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
