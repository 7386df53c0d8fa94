package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.play.session.BroadcastMessage;
import org.balise.engine.play.session.PauseSession;
import org.balise.engine.play.session.ResumeSession;
import org.balise.engine.play.session.StartSession;
import org.balise.engine.play.team.AcknowledgeMessage;
import org.balise.engine.play.team.ApprovePhoto;
import org.balise.engine.play.team.EnterOnSiteCode;
import org.balise.engine.play.team.GivenAnswer;
import org.balise.engine.play.team.OpenStation;
import org.balise.engine.play.team.RejectPhoto;
import org.balise.engine.play.team.ScanQrCode;
import org.balise.engine.play.team.StationArrived;
import org.balise.engine.play.team.SubmitAnswer;
import org.balise.engine.play.team.SubmitPhoto;
import org.balise.engine.play.team.TakeHint;
import org.balise.engine.play.team.TapMap;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.UnlockStation;

/**
 * The sample circuit played by a class, in each mode: four teams of two languages, each starting where the
 * rotation puts it, with mistakes, hints, fallback proofs, a photo rejected then approved, a pause and a
 * recall; three teams finish, one gives up after three stations.
 */
public final class SampleGames {

    /** How a team plays: which stations it proves otherwise than by position, and its habits. */
    public record Style(Map<String, String> proofs, boolean makesMistakes, boolean takesHints, int stationsToPlay) {
    }

    public static final Map<String, Style> ON_SITE_TEAMS = Map.of(
            "hiboux", new Style(Map.of("chouette", "qr"), true, false, 6),
            "owls", new Style(Map.of("tour", "teacher"), false, true, 6),
            "chouettes", new Style(Map.of("saint-benigne", "code"), false, false, 6),
            "bears", new Style(Map.of(), true, true, 3));

    public static final List<String> ORDER = List.of("hiboux", "owls", "chouettes", "bears");
    public static final Map<String, String> LANGUAGES = Map.of("hiboux", "fr", "owls", "en", "chouettes", "fr",
            "bears", "en");

    private SampleGames() {
    }

    /** The game played in {@code mode}, up to the end of every team's play. */
    public static ClassGame play(Mode mode) {
        ClassGame game = new ClassGame(SampleCircuit.prepared(), mode, GameRules.DEFAULT);
        for (String team : ORDER) {
            game.join(team, "Les " + team, LANGUAGES.get(team));
        }
        game.after(Duration.ofMinutes(2)).session(new StartSession(game.id()));
        for (int round = 0; round < 6; round++) {
            if (round == 2) {
                game.after(Duration.ofMinutes(1)).session(new PauseSession(game.id()));
                game.after(Duration.ofMinutes(10)).session(new ResumeSession(game.id()));
            }
            if (round == 3) {
                game.session(new BroadcastMessage(game.id(), "recall-1", MessageKind.RECALL, "Rendez-vous place Rude", "prof"));
                for (String team : ORDER) {
                    game.accepted(team, new AcknowledgeMessage(game.id(), "recall-1"));
                }
            }
            for (String team : ORDER) {
                Style style = ON_SITE_TEAMS.get(team);
                if (round < style.stationsToPlay()) {
                    String station = game.context(team).route().stations().get(round);
                    playStation(game, team, game.circuit().station(station).orElseThrow(), style);
                }
            }
        }
        for (String team : ORDER) {
            if (ON_SITE_TEAMS.get(team).stationsToPlay() == 6) {
                playFinal(game, team, ON_SITE_TEAMS.get(team));
            }
        }
        return game;
    }

    private static void playStation(ClassGame game, String team, Station station, Style style) {
        game.after(Duration.ofMinutes(6));
        Mode mode = game.context(team).mode();
        arrive(game, team, station, mode, style);
        Riddle riddle = station.riddleIn(mode);
        if (game.state(team).solved(station.id())) {
            return;
        }
        if (style.takesHints()) {
            for (Hint hint : station.hints()) {
                game.after(hint.availableAfter()).accepted(team, new TakeHint(game.id(), station.id(), hint.id()));
            }
        }
        if (riddle instanceof PhotoRiddle) {
            game.accepted(team, new SubmitPhoto(game.id(), station.id(), team + "-photo-1"));
            if (style.makesMistakes()) {
                game.accepted(team, new RejectPhoto(game.id(), station.id(), team + "-photo-1", "prof", "Il manque l'ours"));
                game.accepted(team, new SubmitPhoto(game.id(), station.id(), team + "-photo-2"));
                game.accepted(team, new ApprovePhoto(game.id(), station.id(), team + "-photo-2", "prof"));
            } else {
                game.accepted(team, new ApprovePhoto(game.id(), station.id(), team + "-photo-1", "prof"));
            }
            return;
        }
        if (style.makesMistakes()) {
            game.accepted(team, new SubmitAnswer(game.id(), station.id(), Solver.wrong(riddle, team, station.id())));
        }
        game.after(Duration.ofMinutes(1));
        game.accepted(team, new SubmitAnswer(game.id(), station.id(), Solver.right(riddle, team, station.id())));
        assertThat(game.state(team).solved(station.id())).as(team + " solved " + station.id()).isTrue();
    }

    private static void arrive(ClassGame game, String team, Station station, Mode mode, Style style) {
        String proof = style.proofs().getOrDefault(station.id(), "position");
        if (mode == Mode.VIRTUAL && !proof.equals("teacher")) {
            // QR codes and on-site codes are for teams on site; on the map, the station is found or opened.
            proof = "position";
        }
        List<TeamEvent> events = switch (proof) {
            case "qr" -> game.accepted(team, new ScanQrCode(game.id(), station.fallbackProofs().stream()
                    .filter(Proof.QrCode.class::isInstance).map(p -> ((Proof.QrCode) p).value()).findFirst().orElseThrow()));
            case "code" -> game.accepted(team, new EnterOnSiteCode(game.id(), station.id(), station.fallbackProofs()
                    .stream().filter(Proof.OnSiteCode.class::isInstance).map(p -> ((Proof.OnSiteCode) p).code())
                    .findFirst().orElseThrow()));
            case "teacher" -> game.accepted(team, new UnlockStation(game.id(), station.id(), "prof"));
            default -> byPosition(game, team, station, mode);
        };
        assertThat(events).as(team + " reaches " + station.id()).anyMatch(StationArrived.class::isInstance);
    }

    private static List<TeamEvent> byPosition(ClassGame game, String team, Station station, Mode mode) {
        if (mode == Mode.ON_SITE) {
            return game.accepted(team, game.standingAt(station));
        }
        if (station.virtual() != null && station.virtual().findOnMap()) {
            return game.accepted(team, new TapMap(game.id(), station.zone().interiorPoint(), 10));
        }
        return game.accepted(team, new OpenStation(game.id(), station.id()));
    }

    private static void playFinal(ClassGame game, String team, Style style) {
        Circuit circuit = game.circuit().circuit();
        Riddle riddle = circuit.finalRiddle().riddle();
        game.after(Duration.ofMinutes(3));
        if (style.makesMistakes()) {
            game.accepted(team, new SubmitAnswer(game.id(), RiddleKeys.FINAL, new GivenAnswer.Typed("Dijno")));
        }
        game.accepted(team, new SubmitAnswer(game.id(), RiddleKeys.FINAL,
                new GivenAnswer.Typed(Solver.right(riddle, team, RiddleKeys.FINAL) instanceof GivenAnswer.Typed typed
                        ? typed.text().toLowerCase(Locale.ROOT) : "?")));
    }
}
