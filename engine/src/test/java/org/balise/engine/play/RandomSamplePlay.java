package org.balise.engine.play;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.play.session.PauseSession;
import org.balise.engine.play.session.ResumeSession;
import org.balise.engine.play.session.StartSession;
import org.balise.engine.play.team.AcknowledgeMessage;
import org.balise.engine.play.team.ApprovePhoto;
import org.balise.engine.play.team.EnterOnSiteCode;
import org.balise.engine.play.team.GivenAnswer;
import org.balise.engine.play.team.OpenStation;
import org.balise.engine.play.team.RejectPhoto;
import org.balise.engine.play.team.ReportFixes;
import org.balise.engine.play.team.ScanQrCode;
import org.balise.engine.play.team.SendMessage;
import org.balise.engine.play.team.SubmitAnswer;
import org.balise.engine.play.team.SubmitPhoto;
import org.balise.engine.play.team.TakeHint;
import org.balise.engine.play.team.TapMap;
import org.balise.engine.play.team.TeamCommand;
import org.balise.engine.play.team.UnlockStation;

/**
 * Random play of the sample circuit by one team, in either mode: the explorer behind "no view ever holds an
 * answer". Commands may be refused; every view after every command is kept by the {@link ClassGame}.
 */
public final class RandomSamplePlay {

    /** One thing the team or its teacher does: {@code kind} picks what, {@code station} where (6: the final riddle). */
    public record Action(int kind, int station, int variant) {
    }

    private static final int KINDS = 10;

    private RandomSamplePlay() {
    }

    public static Arbitrary<Action> actions() {
        return Combinators.combine(Arbitraries.integers().between(0, KINDS - 1), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 2)).as(Action::new);
    }

    /** Plays the actions from the start of a session where the team has this index and language. */
    public static ClassGame play(Mode mode, int teamIndex, String language, List<Action> actions) {
        ClassGame game = new ClassGame(SampleCircuit.prepared(), mode, GameRules.DEFAULT);
        for (int i = 0; i < teamIndex; i++) {
            game.join("other-" + i, "Other " + i, "fr");
        }
        game.join("team", "Team", language);
        game.team("team", new SubmitAnswer(game.id(), "tour", new GivenAnswer.Typed("316")));
        game.after(Duration.ofMinutes(1)).session(new StartSession(game.id()));
        boolean paused = false;
        for (Action action : actions) {
            game.after(Duration.ofSeconds(45));
            if (action.kind() == 7) {
                game.session(paused ? new ResumeSession(game.id()) : new PauseSession(game.id()));
                paused = !paused;
                game.team("team", new AcknowledgeMessage(game.id(), "none"));
            } else {
                game.team("team", command(game, action));
            }
        }
        return game;
    }

    private static TeamCommand command(ClassGame game, Action action) {
        Circuit circuit = game.circuit().circuit();
        Mode mode = game.context("team").mode();
        boolean isFinal = action.station() == 6;
        Station station = circuit.stations().get(action.station() % circuit.stations().size());
        String riddleKey = isFinal ? RiddleKeys.FINAL : station.id();
        Riddle riddle = isFinal ? circuit.finalRiddle().riddle() : station.riddleIn(mode);
        String id = game.id();
        return switch (action.kind()) {
            case 0 -> mode == Mode.ON_SITE ? withId(game.standingAt(station), id)
                    : station.virtual() != null && station.virtual().findOnMap()
                            ? new TapMap(id, station.zone().interiorPoint(), 10)
                            : new OpenStation(id, station.id());
            case 1 -> new UnlockStation(id, station.id(), "prof");
            case 2 -> answer(id, riddleKey, Solver.right(riddle, "team", riddleKey));
            case 3 -> answer(id, riddleKey, Solver.wrong(riddle, "team", riddleKey));
            case 4 -> new TakeHint(id, riddleKey, isFinal || station.hints().isEmpty() ? "none" : station.hints().getFirst().id());
            case 5 -> action.variant() == 0 ? new ScanQrCode(id, "balise-sample-chouette-7f3a")
                    : new EnterOnSiteCode(id, "saint-benigne", action.variant() == 1 ? "8412" : "0000");
            case 6 -> switch (action.variant()) {
                case 0 -> new SubmitPhoto(id, "darcy", "photo-" + action.station());
                case 1 -> new ApprovePhoto(id, "darcy", "photo-" + action.station(), "prof");
                default -> new RejectPhoto(id, "darcy", "photo-" + action.station(), "prof", "floue");
            };
            case 8 -> new SendMessage(id, "m-" + action.station(), action.variant() == 0 ? MessageKind.RECALL
                    : MessageKind.INFO, "Message du prof", "prof");
            default -> new AcknowledgeMessage(id, "m-" + action.station());
        };
    }

    private static TeamCommand answer(String id, String riddleKey, GivenAnswer answer) {
        return new SubmitAnswer(id, riddleKey, answer == null ? new GivenAnswer.Typed("?") : answer);
    }

    private static TeamCommand withId(ReportFixes fixes, String id) {
        return new ReportFixes(id, fixes.fixes());
    }
}
