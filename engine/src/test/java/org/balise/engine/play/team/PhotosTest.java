package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.Outcome;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.TeamScenario;
import org.junit.jupiter.api.Test;

class PhotosTest {

    private static TeamScenario atTheMuseum() {
        return TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true)).unlocked("musee");
    }

    @Test
    void aPhotoWaitsForTheTeacher() {
        TeamScenario game = atTheMuseum();

        game.when(new SubmitPhoto(game.id(), "musee", "photo-1")).emitted(PhotoSubmitted.class);
        game.when(new SubmitPhoto(game.id(), "musee", "photo-2")).refused(RefusalReason.PHOTO_AWAITING_REVIEW);
    }

    @Test
    void anApprovedPhotoSolvesTheStationAsOfItsSending() {
        TeamScenario game = atTheMuseum();
        game.given(new SubmitPhoto(game.id(), "musee", "photo-1"));
        var sentAt = game.now();

        Outcome outcome = game.after(Duration.ofMinutes(3)).when(new ApprovePhoto(game.id(), "musee", "photo-1", "teacher-1"));

        outcome.emitted(PhotoApproved.class, StationSolved.class, ClueCollected.class);
        assertThat(outcome.event(StationSolved.class).how()).isEqualTo(SolvedBy.PHOTO);
        assertThat(outcome.event(StationSolved.class).solvedAt()).isEqualTo(sentAt);
        assertThat(outcome.state().score()).isEqualTo(6);
    }

    @Test
    void aRejectedPhotoMayBeFollowedByAnother() {
        TeamScenario game = atTheMuseum();
        game.given(new SubmitPhoto(game.id(), "musee", "photo-1"));

        game.when(new RejectPhoto(game.id(), "musee", "photo-1", "teacher-1", "Trop floue")).emitted(PhotoRejected.class);
        game.when(new SubmitPhoto(game.id(), "musee", "photo-2")).emitted(PhotoSubmitted.class);

        assertThat(game.state().station("musee").orElseThrow().riddle().rejectedPhotos()).isEqualTo(1);
    }

    @Test
    void onlyTheWaitingPhotoCanBeJudged() {
        TeamScenario game = atTheMuseum();

        game.when(new ApprovePhoto(game.id(), "musee", "photo-1", "t")).refused(RefusalReason.NO_SUCH_PHOTO);
        game.given(new SubmitPhoto(game.id(), "musee", "photo-1"));
        game.when(new RejectPhoto(game.id(), "musee", "photo-9", "t", "")).refused(RefusalReason.NO_SUCH_PHOTO);
    }

    @Test
    void aPhotoSentInTimeIsJudgedAfterTheEnd() {
        TeamScenario game = atTheMuseum();
        game.given(new SubmitPhoto(game.id(), "musee", "photo-1"));
        game.end().after(Duration.ofMinutes(5));

        game.when(new ApprovePhoto(game.id(), "musee", "photo-1", "t")).emitted(PhotoApproved.class,
                StationSolved.class, ClueCollected.class);
    }

    @Test
    void aRiddleNotAnsweredWithAPhotoRefusesOne() {
        TeamScenario game = atTheMuseum().unlocked("fontaine");

        game.when(new SubmitPhoto(game.id(), "fontaine", "photo-1")).refused(RefusalReason.NOT_A_PHOTO_RIDDLE);
    }
}
