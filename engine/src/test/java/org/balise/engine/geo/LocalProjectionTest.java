package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LocalProjectionTest {

    private static final LatLon DIJON = new LatLon(47.32, 5.00);

    /** Degrees, minutes, seconds to decimal degrees. */
    private static double dms(int degrees, int minutes, double seconds) {
        double value = Math.abs(degrees) + minutes / 60.0 + seconds / 3600.0;
        return degrees < 0 ? -value : value;
    }

    @Test
    void theOriginProjectsToTheCentreOfThePlane() {
        PlanePoint p = LocalProjection.centredOn(DIJON).project(DIJON);

        assertThat(p.eastMetres()).isCloseTo(0, within(1e-9));
        assertThat(p.northMetres()).isCloseTo(0, within(1e-9));
    }

    // Geoscience Australia's classic test line (GRS80, within 0.1 mm of WGS84 at this length): Flinders
    // Peak to Buninyong, 54,972.271 m at an azimuth of 306°52'05.37". An independent reference, not our formula.
    @Test
    void theFlindersPeakToBuninyongLineMeasuresWithinTheDocumentedErrorAndKeepsItsAzimuth() {
        LatLon flindersPeak = new LatLon(dms(-37, 57, 3.72030), dms(144, 25, 29.52440));
        LatLon buninyong = new LatLon(dms(-37, 39, 10.15610), dms(143, 55, 35.38390));

        PlanePoint p = LocalProjection.centredOn(flindersPeak).project(buninyong);

        double distance = Math.hypot(p.eastMetres(), p.northMetres());
        double azimuth = Math.toDegrees(Math.atan2(p.eastMetres(), p.northMetres())) + 360;
        // Measured from the origin, a distance D is short by about D³/(6R²): 0.68 m here.
        assertThat(54_972.271 - distance).isBetween(0.0, 1.0);
        assertThat(azimuth).isCloseTo(dms(306, 52, 5.37), within(1 / 3600.0));
    }

    @Test
    void aLineThroughTheMiddleOfThePlaneIsShortByLessThanThirtyCentimetresOverFiftyFiveKilometres() {
        LatLon flindersPeak = new LatLon(dms(-37, 57, 3.72030), dms(144, 25, 29.52440));
        LatLon buninyong = new LatLon(dms(-37, 39, 10.15610), dms(143, 55, 35.38390));
        LocalProjection plane = LocalProjection.centredOn(new LatLon(
                (flindersPeak.latitude() + buninyong.latitude()) / 2, (flindersPeak.longitude() + buninyong.longitude()) / 2));

        double distance = plane.project(flindersPeak).distanceTo(plane.project(buninyong));

        assertThat(54_972.271 - distance).isBetween(0.0, 0.3);
    }

    @Test
    void neighboursAcrossTheAntimeridianStayNeighboursInThePlane() {
        LocalProjection plane = LocalProjection.centredOn(new LatLon(-17.0, 179.9995));

        PlanePoint west = plane.project(new LatLon(-17.0, 179.9990));
        PlanePoint east = plane.project(new LatLon(-17.0, -179.9990));

        assertThat(west.distanceTo(east)).isCloseTo(213, within(1.0));
        assertThat(plane.unproject(east).longitude()).isCloseTo(-179.9990, within(1e-9));
    }

    @Test
    void aPositionOnTheFarSideOfTheEarthIsRefused() {
        LocalProjection plane = LocalProjection.centredOn(DIJON);

        assertThatThrownBy(() -> plane.project(new LatLon(-47.32, -175.00)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("far side");
    }

    @Test
    void aPlanePointBeyondTheEarthCannotBeUnprojected() {
        LocalProjection plane = LocalProjection.centredOn(DIJON);

        assertThatThrownBy(() -> plane.unproject(new PlanePoint(7_000_000, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeriesSineAndCosineAgreeWithTheLibraryToRounding() {
        for (double x = -0.1; x <= 0.1; x += 1e-4) {
            assertThat(LocalProjection.sin(x)).isCloseTo(Math.sin(x), within(4 * Math.ulp(Math.sin(x)) + 1e-300));
            assertThat(LocalProjection.cos(x)).isCloseTo(Math.cos(x), within(4 * Math.ulp(1.0)));
        }
    }
}
