package org.balise.engine.play.team;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.balise.engine.answer.TextForm;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.FixFilter;
import org.balise.engine.geo.FixVerdict;
import org.balise.engine.geo.PresenceRule;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.RefusalReason;

/**
 * The ways a team reaches a station: positions on site, taps on the map or in the list in virtual mode, a QR
 * code, an on-site code, the teacher.
 */
final class Arriving {

    /** Walking teams in a city. */
    private static final FixFilter ON_SITE_FILTER = new FixFilter(FixFilter.Settings.WALKING);
    /** Taps on a map jump anywhere at once: no speed check. */
    private static final FixFilter TAP_FILTER = new FixFilter(FixFilter.Settings.forVirtualTaps());

    private Arriving() {
    }

    /** Each fix through the filter, then presence; arrivals where presence is established at open stations. */
    static void reportFixes(Decision d, ReportFixes command) {
        if (!Guards.inMode(d, Mode.ON_SITE) || !Guards.playing(d)) {
            return;
        }
        if (command.fixes().isEmpty()) {
            d.refuse(RefusalReason.NOTHING_REPORTED, "The report holds no position.");
            return;
        }
        for (Fix fix : command.fixes()) {
            position(d, fix, ON_SITE_FILTER, station -> Consequences.reachableByPosition(station, Mode.ON_SITE),
                    Station::presence);
        }
    }

    /** A tap on the map, judged like a fix by the "find it on the map" stations' rules for taps. */
    static void tapMap(Decision d, TapMap command) {
        if (!Guards.inMode(d, Mode.VIRTUAL) || !Guards.playing(d)) {
            return;
        }
        Fix tap = Fix.tap(command.position(), command.accuracyMetres(), d.now());
        position(d, tap, TAP_FILTER, station -> Consequences.reachableByPosition(station, Mode.VIRTUAL),
                station -> station.presence().forVirtualTaps());
    }

    private static void position(Decision d, Fix fix, FixFilter filter,
            Predicate<Station> eligible, Function<Station, PresenceRule> rules) {
        AcceptedFix last = d.state().lastFix();
        FixVerdict verdict = filter.judge(fix, last == null ? null : last.toVerdict(), d.now());
        switch (verdict) {
            case FixVerdict.Rejected rejected ->
                    d.emit(new FixRejected(d.commandId(), d.now(), fix.time(), rejected.reason()));
            case FixVerdict.Accepted accepted -> {
                AcceptedFix kept = AcceptedFix.of(accepted);
                if (!accepted.flags().isEmpty()) {
                    d.emit(new SuspiciousFixFlagged(d.commandId(), d.now(), kept));
                }
                PresenceTracking.Outcome outcome = PresenceTracking.observe(d.context(), d.state().presence(), last,
                        accepted, eligible, rules);
                d.emit(new PositionAccepted(d.commandId(), d.now(), kept, outcome.presence()));
                Consequences.arriveWherePresent(d, outcome.arrivals());
            }
        }
    }

    /** Virtual mode: an open station with nothing to find on the map, opened from the list. */
    static void openStation(Decision d, OpenStation command) {
        if (!Guards.inMode(d, Mode.VIRTUAL) || !Guards.playing(d)) {
            return;
        }
        reachable(d, command.stationId()).ifPresent(station -> {
            if (Consequences.reachableByPosition(station, Mode.VIRTUAL)) {
                d.refuse(RefusalReason.MUST_FIND_ON_MAP, "Find station " + station.id() + " on the map and tap it.");
            } else {
                Consequences.arrive(d, station, ArrivalMethod.VIRTUAL_TAP, null, Set.of());
            }
        });
    }

    /** On site: the QR code's text must be one of the route's stations' QR proofs. */
    static void scanQrCode(Decision d, ScanQrCode command) {
        if (!Guards.inMode(d, Mode.ON_SITE) || !Guards.playing(d)) {
            return;
        }
        String value = command.value().strip();
        Optional<Station> owner = d.context().routeStations().stream()
                .filter(station -> station.fallbackProofs().stream()
                        .anyMatch(proof -> proof instanceof Proof.QrCode qr && qr.value().strip().equals(value)))
                .findFirst();
        if (owner.isEmpty()) {
            d.refuse(RefusalReason.UNKNOWN_QR_CODE, "This QR code belongs to no station of the team's route.");
            return;
        }
        reachable(d, owner.get().id()).ifPresent(station ->
                Consequences.arrive(d, station, ArrivalMethod.QR_CODE, null, Set.of()));
    }

    /** On site: the code written at the station; wrong codes count toward a cool-down like wrong answers. */
    static void enterOnSiteCode(Decision d, EnterOnSiteCode command) {
        if (!Guards.inMode(d, Mode.ON_SITE) || !Guards.playing(d)) {
            return;
        }
        Optional<Station> found = d.context().routeStation(command.stationId());
        if (found.isEmpty()) {
            d.refuse(RefusalReason.UNKNOWN_STATION, "There is no station " + command.stationId() + " on the team's route.");
            return;
        }
        List<String> codes = found.get().fallbackProofs().stream()
                .filter(proof -> proof instanceof Proof.OnSiteCode)
                .map(proof -> comparable(((Proof.OnSiteCode) proof).code()))
                .toList();
        if (codes.isEmpty()) {
            d.refuse(RefusalReason.PROOF_NOT_OFFERED, "Station " + command.stationId() + " has no code to type.");
            return;
        }
        Optional<Station> station = reachable(d, command.stationId());
        if (station.isEmpty()) {
            return;
        }
        Attempts attempts = d.state().codeAttempts().getOrDefault(command.stationId(), Attempts.NONE);
        if (attempts.coolingDown(d.now())) {
            d.refuse(RefusalReason.TOO_MANY_ATTEMPTS, "Too many wrong codes: try again after " + attempts.coolDownUntil() + ".");
            return;
        }
        if (codes.contains(comparable(command.code()))) {
            Consequences.arrive(d, station.get(), ArrivalMethod.ON_SITE_CODE, null, Set.of());
        } else {
            d.emit(new WrongCodeEntered(d.commandId(), d.now(), command.stationId(), attempts.wrong() + 1,
                    attempts.coolDownAfterWrong(d.context().rules(), d.now())));
        }
    }

    /** The teacher vouches for the team at an open station. */
    static void unlockStation(Decision d, UnlockStation command) {
        if (!Guards.underway(d)) {
            return;
        }
        reachable(d, command.stationId()).ifPresent(station ->
                Consequences.arrive(d, station, ArrivalMethod.TEACHER, command.teacherId(), Set.of()));
    }

    /** The station, if it is on the route, not reached yet and open; otherwise the command is refused. */
    private static Optional<Station> reachable(Decision d, String stationId) {
        Optional<Station> station = d.context().routeStation(stationId);
        if (station.isEmpty()) {
            d.refuse(RefusalReason.UNKNOWN_STATION, "There is no station " + stationId + " on the team's route.");
        } else if (d.state().arrivedAt(stationId)) {
            d.refuse(RefusalReason.ALREADY_ARRIVED, "The team has already reached station " + stationId + ".");
        } else if (!Progress.isOpen(d.context(), d.state(), stationId)) {
            d.refuse(RefusalReason.STATION_LOCKED, "Station " + stationId + " is not open to the team yet.");
        } else {
            return station;
        }
        return Optional.empty();
    }

    private static String comparable(String code) {
        return TextForm.canonical(code, false, false, List.of());
    }
}
