package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.play.TeamScenario.typed;

import org.balise.engine.circuit.model.Progression;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.MessageKind;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.TeamScenario;
import org.balise.engine.play.session.BroadcastMessage;
import org.junit.jupiter.api.Test;

class MessagesAndAwardsTest {

    private static TeamScenario game() {
        return TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true));
    }

    @Test
    void aTeacherWritesToOneTeam() {
        TeamScenario game = game();

        MessageReceived message = game.when(new SendMessage(game.id(), "m-1", MessageKind.INFO, "Bravo !", "teacher-1"))
                .event(MessageReceived.class);

        assertThat(message.text()).isEqualTo("Bravo !");
        assertThat(game.view().messages()).singleElement().satisfies(m -> assertThat(m.broadcast()).isFalse());
    }

    @Test
    void aRecallMustBeAcknowledgedOnce() {
        TeamScenario game = game();
        game.given(new SendMessage(game.id(), "m-1", MessageKind.RECALL, "Retour à la fontaine", "t"));

        game.when(new AcknowledgeMessage(game.id(), "m-1")).emitted(MessageAcknowledged.class);
        game.when(new AcknowledgeMessage(game.id(), "m-1")).refused(RefusalReason.ALREADY_ACKNOWLEDGED);
        assertThat(game.view().messages()).singleElement().satisfies(m -> assertThat(m.acknowledged()).isTrue());
    }

    @Test
    void aBroadcastRecallIsAcknowledgedByEachTeam() {
        TeamScenario game = game();
        game.session(new BroadcastMessage(game.id(), "b-1", MessageKind.RECALL, "Tout le monde revient", "t"));

        game.when(new AcknowledgeMessage(game.id(), "b-1")).emitted(MessageAcknowledged.class);
        assertThat(game.view().messages()).singleElement()
                .satisfies(m -> assertThat(m.broadcast() && m.acknowledged()).isTrue());
    }

    @Test
    void onlyAnExistingRecallCanBeAcknowledged() {
        TeamScenario game = game();
        game.given(new SendMessage(game.id(), "m-1", MessageKind.INFO, "Info", "t"));

        game.when(new AcknowledgeMessage(game.id(), "m-1")).refused(RefusalReason.NOTHING_TO_ACKNOWLEDGE);
        game.when(new AcknowledgeMessage(game.id(), "m-9")).refused(RefusalReason.UNKNOWN_MESSAGE);
    }

    @Test
    void aMessageNeedsATextAndAnIdNoOtherMessageHas() {
        TeamScenario game = game();
        game.session(new BroadcastMessage(game.id(), "b-1", MessageKind.INFO, "À tous", "t"));

        game.when(new SendMessage(game.id(), "b-1", MessageKind.INFO, "Doublon", "t")).refused(RefusalReason.MESSAGE_ID_TAKEN);
        game.when(new SendMessage(game.id(), "m-2", MessageKind.INFO, " ", "t")).refused(RefusalReason.MESSAGE_EMPTY);
    }

    @Test
    void aTeacherCanStillRecallATeamAfterTheEnd() {
        TeamScenario game = game().end();

        game.when(new SendMessage(game.id(), "m-1", MessageKind.RECALL, "On rentre", "t")).emitted(MessageReceived.class);
    }

    @Test
    void pointsAwardedByHandAreLoggedAsSuch() {
        TeamScenario game = game();

        PointsAwarded award = game.when(new AwardPoints(game.id(), 5, "Belle entraide", "teacher-1")).event(PointsAwarded.class);

        assertThat(award.applied()).isEqualTo(5);
        assertThat(game.state().ledger()).singleElement().satisfies(line -> {
            assertThat(line.source()).isEqualTo(ScoreSource.AWARD);
            assertThat(line.note()).isEqualTo("Belle entraide");
        });
    }

    @Test
    void aPenaltyStopsAtZero() {
        TeamScenario game = game().solved("jardin", typed("42"));

        PointsAwarded penalty = game.when(new AwardPoints(game.id(), -20, "Hors zone", "t")).event(PointsAwarded.class);

        assertThat(penalty.requested()).isEqualTo(-20);
        assertThat(penalty.applied()).isEqualTo(-8);
        assertThat(game.state().score()).isZero();
    }

    @Test
    void anAwardOfNothingIsRefused() {
        TeamScenario game = game();

        game.when(new AwardPoints(game.id(), 0, "Rien", "t")).refused(RefusalReason.NO_POINTS);
    }
}
