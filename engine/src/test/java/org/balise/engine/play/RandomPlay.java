package org.balise.engine.play;

import static org.balise.engine.play.TeamScenario.typed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.LatLon;
import org.balise.engine.play.team.AcknowledgeMessage;
import org.balise.engine.play.team.ApprovePhoto;
import org.balise.engine.play.team.AwardPoints;
import org.balise.engine.play.team.EnterOnSiteCode;
import org.balise.engine.play.team.GivenAnswer;
import org.balise.engine.play.team.OptionKeys;
import org.balise.engine.play.team.RejectPhoto;
import org.balise.engine.play.team.ReportFixes;
import org.balise.engine.play.team.ScanQrCode;
import org.balise.engine.play.team.SendMessage;
import org.balise.engine.play.team.SubmitAnswer;
import org.balise.engine.play.team.SubmitPhoto;
import org.balise.engine.play.team.TakeHint;
import org.balise.engine.play.team.TeamCommand;
import org.balise.engine.play.team.UnlockStation;

/**
 * Random actions of a team's phones and its teacher on the demo circuit (free progression, on site): the
 * generator behind the decider's property tests. Each action becomes a command with an id of its own.
 */
public final class RandomPlay {

    /** One thing someone does; {@code kind} picks what, {@code a} and {@code b} pick among its choices. */
    public record Action(int phone, int kind, int a, int b) {
    }

    private static final String[] STATIONS = {"fontaine", "jardin", "eglise", "musee", "parc", "halles", "#final"};
    private static final LatLon[] PLACES = {DemoCircuit.FONTAINE, DemoCircuit.JARDIN, DemoCircuit.EGLISE,
        DemoCircuit.PARC, DemoCircuit.HALLES};
    private static final int KINDS = 10;

    private RandomPlay() {
    }

    public static Arbitrary<Action> actions() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 3)).as(Action::new);
    }

    /** The command an action stands for, sent with {@code id} at about {@code at}. */
    public static TeamCommand command(Action action, String id, Instant at) {
        String station = STATIONS[action.a()];
        return switch (action.kind()) {
            case 0 -> new UnlockStation(id, station, "teacher");
            case 1 -> new SubmitAnswer(id, station, action.b() == 0 ? typed("faux") : rightAnswer(station));
            case 2 -> new TakeHint(id, station, List.of("h-nom", "h-lettre", "f-ordre", "h-nom").get(action.b()));
            case 3 -> new ScanQrCode(id, action.b() % 2 == 0 ? DemoCircuit.FONTAINE_QR : DemoCircuit.MUSEE_QR);
            case 4 -> new EnterOnSiteCode(id, "jardin", action.b() == 0 ? "1111" : DemoCircuit.JARDIN_CODE);
            case 5 -> switch (action.b()) {
                case 0 -> new SubmitPhoto(id, "musee", "photo-" + action.a());
                case 1 -> new ApprovePhoto(id, "musee", "photo-" + action.a(), "teacher");
                default -> new RejectPhoto(id, "musee", "photo-" + action.a(), "teacher", "floue");
            };
            case 6 -> new ReportFixes(id, fixes(PLACES[action.a() % PLACES.length], at));
            case 7 -> new AwardPoints(id, (action.b() - 2) * 4 + (action.a() % 3), "à la main", "teacher");
            case 8 -> new SendMessage(id, "m-" + action.a(), action.b() % 2 == 0 ? MessageKind.RECALL : MessageKind.INFO,
                    "Message", "teacher");
            default -> new AcknowledgeMessage(id, "m-" + action.a());
        };
    }

    /** The commands of a list of actions, each with an id made by its phone, sent a few seconds apart. */
    public static List<TeamCommand> commands(List<Action> actions, Instant start) {
        List<TeamCommand> commands = new ArrayList<>();
        int[] sent = new int[4];
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            sent[action.phone()]++;
            commands.add(command(action, "phone-" + action.phone() + "-" + sent[action.phone()], start.plusSeconds(20L * i)));
        }
        return commands;
    }

    private static GivenAnswer rightAnswer(String station) {
        String team = TeamScenario.TEAM;
        return switch (station) {
            case "fontaine" -> typed("Bareuzai");
            case "jardin" -> typed("42");
            case "eglise" -> new GivenAnswer.Chosen(List.of(OptionKeys.key(team, station, "roman")));
            case "halles" -> new GivenAnswer.Chosen(List.of(OptionKeys.key(team, station, "fer"),
                    OptionKeys.key(team, station, "verre")));
            case "#final" -> typed(DemoCircuit.FINAL_CODE);
            default -> typed("?");
        };
    }

    private static List<Fix> fixes(LatLon place, Instant at) {
        return List.of(Fix.of(place, 5, at.minusSeconds(12)), Fix.of(place, 5, at.minusSeconds(8)),
                Fix.of(place, 5, at.minusSeconds(4)), Fix.of(place, 5, at));
    }
}
