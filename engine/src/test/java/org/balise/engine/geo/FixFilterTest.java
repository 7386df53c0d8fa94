package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.balise.engine.geo.FixVerdict.Accepted;
import org.balise.engine.geo.FixVerdict.Rejected;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FixFilterTest {

    private static final Around HERE = Around.DIJON;
    private static final Instant NOON = Instant.parse("2026-05-12T12:00:00Z");
    private static final FixFilter FILTER = new FixFilter(FixFilter.Settings.WALKING);

    private static Fix fix(double east, double north, double accuracy, Instant time) {
        return Fix.of(HERE.at(east, north), accuracy, time);
    }

    private static Accepted accepted(Fix fix) {
        return (Accepted) FILTER.judge(fix, null, fix.time());
    }

    private static FixVerdict judge(Fix fix, @Nullable Accepted last) {
        return FILTER.judge(fix, last, NOON);
    }

    private static FixRejection reasonOf(FixVerdict verdict) {
        assertThat(verdict).isInstanceOf(Rejected.class);
        return ((Rejected) verdict).reason();
    }

    @Test
    void aPlausibleFixIsAcceptedWithoutFlags() {
        FixVerdict verdict = judge(fix(0, 0, 12, NOON), null);

        assertThat(verdict).isInstanceOfSatisfying(Accepted.class, a -> {
            assertThat(a.flags()).isEmpty();
            assertThat(a.position()).isEqualTo(HERE.at(0, 0));
        });
    }

    @Test
    void aFixWithNanOrOutOfRangeCoordinatesIsRejected() {
        assertThat(reasonOf(judge(new Fix(Double.NaN, 5, 10, NOON, null, null, false), null)))
                .isEqualTo(FixRejection.COORDINATES_INVALID);
        assertThat(reasonOf(judge(new Fix(47, 181, 10, NOON, null, null, false), null)))
                .isEqualTo(FixRejection.COORDINATES_INVALID);
        assertThat(reasonOf(judge(new Fix(-90.5, 5, 10, NOON, null, null, false), null)))
                .isEqualTo(FixRejection.COORDINATES_INVALID);
    }

    @Test
    void aFixWithoutAPositiveAccuracyIsRejected() {
        assertThat(reasonOf(judge(fix(0, 0, 0, NOON), null))).isEqualTo(FixRejection.ACCURACY_NOT_POSITIVE);
        assertThat(reasonOf(judge(fix(0, 0, -3, NOON), null))).isEqualTo(FixRejection.ACCURACY_NOT_POSITIVE);
        assertThat(reasonOf(judge(fix(0, 0, Double.NaN, NOON), null))).isEqualTo(FixRejection.ACCURACY_NOT_POSITIVE);
    }

    @Test
    void aFixLessPreciseThanTheCapIsRejected() {
        assertThat(reasonOf(judge(fix(0, 0, 151, NOON), null))).isEqualTo(FixRejection.ACCURACY_ABOVE_CAP);
        assertThat(judge(fix(0, 0, 150, NOON), null)).isInstanceOf(Accepted.class);
    }

    @Test
    void aFixFromTheFutureBeyondTheToleratedSkewIsRejected() {
        assertThat(reasonOf(judge(fix(0, 0, 10, NOON.plusSeconds(31)), null))).isEqualTo(FixRejection.TIME_IN_FUTURE);
        assertThat(judge(fix(0, 0, 10, NOON.plusSeconds(30)), null)).isInstanceOf(Accepted.class);
    }

    @Test
    void aFixOlderThanTheLastAcceptedOneIsRejected() {
        Accepted last = accepted(fix(0, 0, 10, NOON.minusSeconds(10)));

        assertThat(reasonOf(judge(fix(1, 0, 10, NOON.minusSeconds(11)), last)))
                .isEqualTo(FixRejection.OLDER_THAN_LAST_ACCEPTED);
    }

    @Test
    void aFixAtTheSameInstantAsTheLastAcceptedOneIsADuplicate() {
        Accepted last = accepted(fix(0, 0, 10, NOON.minusSeconds(10)));

        assertThat(reasonOf(judge(fix(0, 0, 10, NOON.minusSeconds(10)), last))).isEqualTo(FixRejection.DUPLICATE);
    }

    @Test
    void aJumpFasterThanAWalkingTeamIsFlaggedButKept() {
        Accepted last = accepted(fix(0, 0, 5, NOON.minusSeconds(10)));

        // 200 m in 10 s, of which 190 m unexplained by the two 5 m accuracies: 68 km/h.
        FixVerdict verdict = judge(fix(200, 0, 5, NOON), last);

        assertThat(verdict).isInstanceOfSatisfying(Accepted.class,
                a -> assertThat(a.flags()).containsExactly(FixFlag.IMPLAUSIBLE_SPEED));
    }

    @Test
    void jitterWithinTheAccuraciesIsNotTakenForSpeed() {
        Accepted last = accepted(fix(0, 0, 30, NOON.minusSeconds(1)));

        // 50 m in one second is 180 km/h, but two 30 m accuracy circles explain it.
        FixVerdict verdict = judge(fix(50, 0, 30, NOON), last);

        assertThat(verdict).isInstanceOfSatisfying(Accepted.class, a -> assertThat(a.flags()).isEmpty());
    }

    @Test
    void aMockedFixIsFlaggedButKept() {
        FixVerdict verdict = judge(fix(0, 0, 10, NOON).asMocked(), null);

        assertThat(verdict).isInstanceOfSatisfying(Accepted.class,
                a -> assertThat(a.flags()).containsExactly(FixFlag.MOCK_LOCATION));
    }

    @Test
    void virtualTapsMayJumpAcrossTheMapWithoutBeingFlagged() {
        FixFilter taps = new FixFilter(FixFilter.Settings.forVirtualTaps());
        Accepted last = (Accepted) taps.judge(Fix.tap(HERE.at(0, 0), 10, NOON.minusSeconds(1)), null, NOON);

        FixVerdict verdict = taps.judge(Fix.tap(HERE.at(3_000, 0), 10, NOON), last, NOON);

        assertThat(verdict).isInstanceOfSatisfying(Accepted.class, a -> assertThat(a.flags()).isEmpty());
    }

    @Test
    void theFirstFailingCheckGivesTheReason() {
        Fix everythingWrong = new Fix(Double.NaN, 5, -1, NOON.plusSeconds(3_600), null, null, false);

        assertThat(reasonOf(judge(everythingWrong, null))).isEqualTo(FixRejection.COORDINATES_INVALID);
    }
}
