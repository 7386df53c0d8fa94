package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.play.TeamScenario.typed;

import java.time.Duration;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.geo.FixRejection;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Presence;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.Outcome;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.TeamScenario;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArrivingTest {

    private static TeamScenario linear() {
        return TeamScenario.onSite(DemoCircuit.linear());
    }

    private static TeamScenario free() {
        return TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true));
    }

    @Nested
    class ByGps {

        @Test
        void aTeamStandingInAnOpenStationsZoneArrives() {
            TeamScenario game = linear();

            game.walksTo(DemoCircuit.FONTAINE).emitted(PositionAccepted.class, PositionAccepted.class,
                    PositionAccepted.class, PositionAccepted.class, StationArrived.class);

            StationArrived arrived = game.history().stream().filter(StationArrived.class::isInstance)
                    .map(StationArrived.class::cast).findFirst().orElseThrow();
            assertThat(arrived.stationId()).isEqualTo("fontaine");
            assertThat(arrived.method()).isEqualTo(ArrivalMethod.GPS);
            assertThat(arrived.flags()).isEmpty();
        }

        @Test
        void theStateKeepsThePresenceAtEachStationAndTheLastAcceptedFix() {
            TeamScenario game = linear();

            game.walksTo(DemoCircuit.FONTAINE);

            assertThat(game.state().presenceAt("fontaine")).isEqualTo(Presence.INSIDE);
            assertThat(game.state().lastFix()).isNotNull();
            assertThat(game.state().lastFix().time()).isEqualTo(game.now());
        }

        @Test
        void aTeamWalkingPastALockedStationDoesNotArrive() {
            TeamScenario game = linear();

            game.walksTo(DemoCircuit.JARDIN).emitted(PositionAccepted.class, PositionAccepted.class,
                    PositionAccepted.class, PositionAccepted.class);

            assertThat(game.state().arrivedAt("jardin")).isFalse();
            assertThat(game.state().presenceAt("jardin")).isEqualTo(Presence.INSIDE);
        }

        @Test
        void aTeamWaitingInsideAStationThatOpensArrivesThereAtOnce() {
            TeamScenario game = linear();
            game.walksTo(DemoCircuit.JARDIN);
            game.unlocked("fontaine");

            Outcome outcome = game.when(new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai")));

            assertThat(outcome.event(StationArrived.class).stationId()).isEqualTo("jardin");
            assertThat(outcome.event(StationArrived.class).method()).isEqualTo(ArrivalMethod.GPS);
        }

        @Test
        void aMockedPositionArrivesButIsFlaggedInAnEvent() {
            TeamScenario game = linear().after(Duration.ofMinutes(5));
            List<Fix> fixes = game.standingAt(DemoCircuit.FONTAINE).fixes().stream().map(Fix::asMocked).toList();

            Outcome outcome = game.when(new ReportFixes(game.id(), fixes));

            assertThat(outcome.events()).filteredOn(SuspiciousFixFlagged.class::isInstance).hasSize(4);
            assertThat(outcome.event(StationArrived.class).flags()).containsExactly(FixFlag.MOCK_LOCATION);
            assertThat(outcome.state().suspiciousFixes()).isEqualTo(4);
        }

        @Test
        void aJumpIsFlaggedAndCannotMakeAnArrival() {
            TeamScenario game = linear().after(Duration.ofMinutes(5));
            LatLon far = new LatLon(47.3400, 5.0600);

            Outcome outcome = game.when(new ReportFixes(game.id(), List.of(Fix.of(far, 5, game.now().minusSeconds(2)),
                    Fix.of(DemoCircuit.FONTAINE, 5, game.now().minusSeconds(1)))));

            assertThat(outcome.event(SuspiciousFixFlagged.class).fix().flags()).containsExactly(FixFlag.IMPLAUSIBLE_SPEED);
            assertThat(outcome.state().arrivedAt("fontaine")).isFalse();
        }

        @Test
        void anUnusableFixIsRejectedWithItsReason() {
            TeamScenario game = linear();

            Outcome outcome = game.when(new ReportFixes(game.id(), List.of(Fix.of(DemoCircuit.FONTAINE, 500, game.now()))));

            outcome.emitted(FixRejected.class);
            assertThat(outcome.event(FixRejected.class).reason()).isEqualTo(FixRejection.ACCURACY_ABOVE_CAP);
            assertThat(outcome.state().lastFix()).isNull();
        }

        @Test
        void positionsAreNotDurableButFlagsAreSoThatRawTracksStayOutOfTheStore() {
            TeamScenario game = linear().after(Duration.ofMinutes(5));
            List<Fix> fixes = game.standingAt(DemoCircuit.FONTAINE).fixes().stream().map(Fix::asMocked).toList();

            Outcome outcome = game.when(new ReportFixes(game.id(), fixes));

            assertThat(outcome.events()).filteredOn(e -> !e.durable())
                    .allMatch(e -> e instanceof PositionAccepted || e instanceof FixRejected);
            assertThat(outcome.event(StationArrived.class).durable()).isTrue();
        }

        @Test
        void anEmptyReportIsRefused() {
            TeamScenario game = linear();

            game.when(new ReportFixes(game.id(), List.of())).refused(RefusalReason.NOTHING_REPORTED);
        }

        @Test
        void positionsAreRefusedInVirtualMode() {
            TeamScenario game = TeamScenario.virtual(DemoCircuit.linear());

            game.when(game.standingAt(DemoCircuit.FONTAINE)).refused(RefusalReason.WRONG_MODE);
        }

        @Test
        void positionsAreRefusedBeforeTheStartDuringAPauseAndAfterTheEnd() {
            TeamScenario notStarted = TeamScenario.notStarted(DemoCircuit.linear(), Mode.ON_SITE, GameRules.DEFAULT, 0, "fr");
            TeamScenario paused = linear().pause();
            TeamScenario ended = linear().end();

            notStarted.when(notStarted.standingAt(DemoCircuit.FONTAINE)).refused(RefusalReason.GAME_NOT_STARTED);
            paused.when(paused.standingAt(DemoCircuit.FONTAINE)).refused(RefusalReason.GAME_PAUSED);
            ended.when(ended.standingAt(DemoCircuit.FONTAINE)).refused(RefusalReason.GAME_OVER);
        }
    }

    @Nested
    class OnTheMap {

        @Test
        void aTapOnTheStationsPlaceFindsIt() {
            TeamScenario game = TeamScenario.virtual(DemoCircuit.linear());

            Outcome outcome = game.when(new TapMap(game.id(), new LatLon(47.32215, 5.03965), 15));

            outcome.emitted(PositionAccepted.class, StationArrived.class);
            assertThat(outcome.event(StationArrived.class).method()).isEqualTo(ArrivalMethod.MAP_TAP);
        }

        @Test
        void aTapElsewhereFindsNothing() {
            TeamScenario game = TeamScenario.virtual(DemoCircuit.linear());

            game.when(new TapMap(game.id(), DemoCircuit.EGLISE, 15)).emitted(PositionAccepted.class);
        }

        @Test
        void aStationToFindOnTheMapCannotBeOpenedFromTheList() {
            TeamScenario game = TeamScenario.virtual(DemoCircuit.linear());

            game.when(new OpenStation(game.id(), "fontaine")).refused(RefusalReason.MUST_FIND_ON_MAP);
        }

        @Test
        void anOpenStationWithNothingToFindOpensFromTheList() {
            TeamScenario game = TeamScenario.virtual(DemoCircuit.with(new Progression.Free(), true));

            Outcome outcome = game.when(new OpenStation(game.id(), "jardin"));

            assertThat(outcome.event(StationArrived.class).method()).isEqualTo(ArrivalMethod.VIRTUAL_TAP);
        }

        @Test
        void aLockedStationDoesNotOpenFromTheList() {
            TeamScenario game = TeamScenario.virtual(DemoCircuit.linear());

            game.when(new OpenStation(game.id(), "jardin")).refused(RefusalReason.STATION_LOCKED);
        }

        @Test
        void tapsAreRefusedOnSite() {
            TeamScenario game = linear();

            game.when(new TapMap(game.id(), DemoCircuit.FONTAINE, 15)).refused(RefusalReason.WRONG_MODE);
        }
    }

    @Nested
    class ByProof {

        @Test
        void aStationsQrCodeProvesTheTeamIsThere() {
            TeamScenario game = linear();

            Outcome outcome = game.when(new ScanQrCode(game.id(), " " + DemoCircuit.FONTAINE_QR + "\n"));

            assertThat(outcome.event(StationArrived.class).method()).isEqualTo(ArrivalMethod.QR_CODE);
        }

        @Test
        void aQrCodeOfNoStationOnTheRouteIsRefused() {
            TeamScenario game = linear();

            game.when(new ScanQrCode(game.id(), "qr-somewhere-else")).refused(RefusalReason.UNKNOWN_QR_CODE);
        }

        @Test
        void aQrCodeOfALockedStationIsRefused() {
            TeamScenario game = linear();

            game.when(new ScanQrCode(game.id(), DemoCircuit.MUSEE_QR)).refused(RefusalReason.STATION_LOCKED);
        }

        @Test
        void aStationIsReachedOnce() {
            TeamScenario game = linear().unlocked("fontaine");

            game.when(new ScanQrCode(game.id(), DemoCircuit.FONTAINE_QR)).refused(RefusalReason.ALREADY_ARRIVED);
        }

        @Test
        void qrCodesAreRefusedInVirtualMode() {
            TeamScenario game = TeamScenario.virtual(DemoCircuit.linear());

            game.when(new ScanQrCode(game.id(), DemoCircuit.FONTAINE_QR)).refused(RefusalReason.WRONG_MODE);
        }

        @Test
        void theCodeWrittenAtTheStationIsComparedWithoutCaseOrSpacing() {
            TeamScenario game = free();

            Outcome outcome = game.when(new EnterOnSiteCode(game.id(), "jardin", "rose-1878"));

            assertThat(outcome.event(StationArrived.class).method()).isEqualTo(ArrivalMethod.ON_SITE_CODE);
        }

        @Test
        void wrongCodesCountAndTooManyOfThemMeanAWait() {
            TeamScenario game = free();
            for (int i = 1; i <= 4; i++) {
                assertThat(game.when(new EnterOnSiteCode(game.id(), "jardin", "0000")).event(WrongCodeEntered.class)
                        .coolDownUntil()).isNull();
            }

            WrongCodeEntered fifth = game.when(new EnterOnSiteCode(game.id(), "jardin", "0000")).event(WrongCodeEntered.class);

            assertThat(fifth.wrongAttempts()).isEqualTo(5);
            assertThat(fifth.coolDownUntil()).isEqualTo(game.now().plusSeconds(60));
            game.after(Duration.ofSeconds(59)).when(new EnterOnSiteCode(game.id(), "jardin", DemoCircuit.JARDIN_CODE))
                    .refused(RefusalReason.TOO_MANY_ATTEMPTS);
            game.after(Duration.ofSeconds(1)).when(new EnterOnSiteCode(game.id(), "jardin", DemoCircuit.JARDIN_CODE))
                    .emitted(StationArrived.class);
        }

        @Test
        void aStationWithoutACodeCannotBeProvenByOne() {
            TeamScenario game = free();

            game.when(new EnterOnSiteCode(game.id(), "fontaine", "1878")).refused(RefusalReason.PROOF_NOT_OFFERED);
            game.when(new EnterOnSiteCode(game.id(), "nowhere", "1878")).refused(RefusalReason.UNKNOWN_STATION);
        }

        @Test
        void theTeacherUnlocksAnOpenStationAndIsNamedAsItsProof() {
            TeamScenario game = linear();

            StationArrived arrived = game.when(new UnlockStation(game.id(), "fontaine", "teacher-7"))
                    .event(StationArrived.class);

            assertThat(arrived.method()).isEqualTo(ArrivalMethod.TEACHER);
            assertThat(arrived.provedBy()).isEqualTo("teacher-7");
        }

        @Test
        void theTeacherMayUnlockDuringAPauseButNotALockedStation() {
            TeamScenario game = linear().pause();

            game.when(new UnlockStation(game.id(), "fontaine", "t")).emitted(StationArrived.class);
            game.when(new UnlockStation(game.id(), "musee", "t")).refused(RefusalReason.STATION_LOCKED);
        }

        @Test
        void theTeacherCannotUnlockBeforeTheStart() {
            TeamScenario game = TeamScenario.notStarted(DemoCircuit.linear(), Mode.ON_SITE, GameRules.DEFAULT, 0, "fr");

            game.when(new UnlockStation(game.id(), "fontaine", "t")).refused(RefusalReason.GAME_NOT_STARTED);
        }
    }

    @Test
    void arrivingAtALocationOnlyStationSolvesIt() {
        TeamScenario game = free();

        Outcome outcome = game.walksTo(DemoCircuit.PARC);

        assertThat(outcome.event(StationSolved.class).how()).isEqualTo(SolvedBy.LOCATION);
        assertThat(outcome.state().score()).isEqualTo(3);
    }
}
