package org.balise.web.backoffice.classroom.debrief;

import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.debrief.StationDebrief;
import org.jspecify.annotations.Nullable;

/** How a station was reached and solved, in words: the debrief's "how they got there". */
final class Arrivals {

    private Arrivals() {
    }

    static String reached(StationDebrief station) {
        if (!station.reached()) {
            return "Not reached";
        }
        String how = method(station.arrivedBy());
        if (station.provedBy() != null) {
            how += " (" + station.provedBy() + ")";
        }
        return station.flags().isEmpty() ? how : how + " — flagged: " + station.flags();
    }

    static String method(@Nullable ArrivalMethod method) {
        if (method == null) {
            return "—";
        }
        return switch (method) {
            case GPS -> "GPS";
            case MAP_TAP -> "Found on the map";
            case VIRTUAL_TAP -> "Opened from the list";
            case QR_CODE -> "QR code";
            case ON_SITE_CODE -> "Code on site";
            case TEACHER -> "Unlocked by the teacher";
        };
    }

    static String solved(StationDebrief station) {
        if (!station.solved()) {
            return station.reached() ? "Not solved" : "—";
        }
        SolvedBy how = station.solvedBy();
        String by = how == null ? "" : switch (how) {
            case ANSWER -> "answer";
            case PHOTO -> "photo";
            case LOCATION -> "arrival";
        };
        return "Solved by " + by + (station.late() ? ", late" : "");
    }
}
