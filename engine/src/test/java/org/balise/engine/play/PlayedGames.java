package org.balise.engine.play;

import static org.balise.engine.play.TeamScenario.typed;

import java.time.Duration;
import java.util.List;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.geo.Fix;
import org.balise.engine.play.team.AcknowledgeMessage;
import org.balise.engine.play.team.ApprovePhoto;
import org.balise.engine.play.team.AwardPoints;
import org.balise.engine.play.team.EnterOnSiteCode;
import org.balise.engine.play.team.RejectPhoto;
import org.balise.engine.play.team.ReportFixes;
import org.balise.engine.play.team.ScanQrCode;
import org.balise.engine.play.team.SendMessage;
import org.balise.engine.play.team.SubmitAnswer;
import org.balise.engine.play.team.SubmitPhoto;
import org.balise.engine.play.team.TakeHint;

/** Games played through the decider, shared by the replay, JSON and view tests. */
public final class PlayedGames {

    private PlayedGames() {
    }

    /** A game touching every kind of event. */
    public static TeamScenario everyKindOfEvent() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true));
        game.walksTo(DemoCircuit.FONTAINE);
        game.after(Duration.ofSeconds(5));
        game.when(new ReportFixes(game.id(), List.of(Fix.of(DemoCircuit.FONTAINE, 500, game.now().minusSeconds(1)),
                Fix.of(DemoCircuit.FONTAINE, 5, game.now()).asMocked())));
        game.given(new TakeHint(game.id(), "fontaine", "h-nom"),
                new SubmitAnswer(game.id(), "fontaine", typed("Jacquemart")),
                new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai")),
                new EnterOnSiteCode(game.id(), "jardin", "0000"),
                new EnterOnSiteCode(game.id(), "jardin", DemoCircuit.JARDIN_CODE),
                new SubmitAnswer(game.id(), "jardin", typed("quarante-deux")),
                new ScanQrCode(game.id(), DemoCircuit.MUSEE_QR),
                new SubmitPhoto(game.id(), "musee", "p-1"),
                new RejectPhoto(game.id(), "musee", "p-1", "t", "floue"),
                new SubmitPhoto(game.id(), "musee", "p-2"),
                new ApprovePhoto(game.id(), "musee", "p-2", "t"),
                new SendMessage(game.id(), "m-1", MessageKind.RECALL, "Retour", "t"),
                new AcknowledgeMessage(game.id(), "m-1"),
                new AwardPoints(game.id(), 2, "Bravo", "t"));
        game.when(new SubmitAnswer(game.id(), "eglise", typed("x")));
        game.after(Duration.ofMinutes(2)).given(new TakeHint(game.id(), "#final", "f-ordre"),
                new SubmitAnswer(game.id(), "#final", typed("0427")));
        return game;
    }
}
