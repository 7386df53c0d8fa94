package org.balise.loadtest;

import java.util.List;
import org.balise.engine.geo.LatLon;

/**
 * Where a team is along the loop of stops at a given time: it stands at a stop for {@link #DWELL_SECONDS},
 * then walks in a straight line to the next at {@link #METRES_PER_SECOND}, and round again. Each team starts
 * on its way to the station its route begins with (the sample's rotation gives teams different ones), at its
 * own point of that leg, so that teams are spread over the whole circuit and stand where their riddle is open.
 *
 * <p>Distances use a local flat approximation (metres per degree at the loop's latitude): the loop is about
 * a kilometre wide, where the error is far below GPS noise. Immutable and thread-safe.
 */
final class Walk {

    /** How long a team stands at each station: long enough for any station's dwell and consecutive fixes. */
    static final double DWELL_SECONDS = 45;
    /** A class walking through a city centre. */
    static final double METRES_PER_SECOND = 1.2;
    private static final double METRES_PER_DEGREE_LATITUDE = 111_132;

    private final List<SampleCircuit.Stop> stops;
    private final double[] legSeconds;
    private final double loopSeconds;
    private final double metresPerDegreeLongitude;

    Walk(List<SampleCircuit.Stop> stops) {
        this.stops = List.copyOf(stops);
        this.metresPerDegreeLongitude = METRES_PER_DEGREE_LATITUDE
                * Math.cos(Math.toRadians(stops.getFirst().centre().latitude()));
        this.legSeconds = new double[stops.size()];
        double loop = 0;
        for (int i = 0; i < stops.size(); i++) {
            legSeconds[i] = metres(stops.get(i).centre(), next(i).centre()) / METRES_PER_SECOND;
            loop += DWELL_SECONDS + legSeconds[i];
        }
        this.loopSeconds = loop;
    }

    double loopSeconds() {
        return loopSeconds;
    }

    /**
     * Where a team stands.
     *
     * @param stop the stop it stands at, -1 while walking between two
     * @param visit counts the stops reached since the start of its walk, to answer once per visit
     * @param secondsAtStop how long it has stood at {@code stop}
     */
    record Place(LatLon position, int stop, long visit, double secondsAtStop) {
    }

    /** Where a team whose walk began {@code seconds} ago stands. */
    Place at(double seconds) {
        long loops = (long) Math.floor(seconds / loopSeconds);
        double into = seconds - loops * loopSeconds;
        for (int i = 0; i < stops.size(); i++) {
            long visit = loops * stops.size() + i;
            if (into < DWELL_SECONDS) {
                return new Place(stops.get(i).centre(), i, visit, into);
            }
            into -= DWELL_SECONDS;
            if (into < legSeconds[i]) {
                return new Place(between(stops.get(i).centre(), next(i).centre(), into / legSeconds[i]), -1, visit, 0);
            }
            into -= legSeconds[i];
        }
        // Rounding at the very end of a loop: the first stop again.
        return new Place(stops.getFirst().centre(), 0, (loops + 1) * stops.size(), 0);
    }

    /** The stop of a station, -1 if the loop has none. */
    int indexOf(String stationId) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).stationId().equals(stationId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The phase of a team on its way to {@code stop}, with {@code fraction} (0 to 1) of the leg from the
     * previous stop still to walk.
     */
    double approaching(int stop, double fraction) {
        double arrival = 0;
        for (int i = 0; i < stop; i++) {
            arrival += DWELL_SECONDS + legSeconds[i];
        }
        double phase = arrival - fraction * legSeconds[(stop - 1 + stops.size()) % stops.size()];
        return phase < 0 ? phase + loopSeconds : phase;
    }

    SampleCircuit.Stop stop(int index) {
        return stops.get(index);
    }

    /** {@code position} moved by the given metres north and east. */
    LatLon offset(LatLon position, double northMetres, double eastMetres) {
        return new LatLon(position.latitude() + northMetres / METRES_PER_DEGREE_LATITUDE,
                position.longitude() + eastMetres / metresPerDegreeLongitude);
    }

    private SampleCircuit.Stop next(int index) {
        return stops.get((index + 1) % stops.size());
    }

    private double metres(LatLon from, LatLon to) {
        double north = (to.latitude() - from.latitude()) * METRES_PER_DEGREE_LATITUDE;
        double east = (to.longitude() - from.longitude()) * metresPerDegreeLongitude;
        return Math.hypot(north, east);
    }

    private static LatLon between(LatLon from, LatLon to, double fraction) {
        return new LatLon(from.latitude() + (to.latitude() - from.latitude()) * fraction,
                from.longitude() + (to.longitude() - from.longitude()) * fraction);
    }
}
