package org.balise.engine.circuit.validate;

import java.time.Duration;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.circuit.model.Station;

/** A station's hints become available before its time runs out, or teams would never get them. */
final class HintCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        for (int i = 0; i < circuit.stations().size(); i++) {
            Station station = circuit.stations().get(i);
            Duration limit = station.timeLimit();
            if (limit == null) {
                continue;
            }
            List<Hint> hints = station.hints();
            for (int k = 0; k < hints.size(); k++) {
                Duration after = hints.get(k).availableAfter();
                if (after.compareTo(limit) >= 0) {
                    problems.warning(Sites.station(i).at("hints").at(k).at("availableAfterSeconds"),
                            "This hint comes after " + after.toSeconds() + " seconds, but the station's time limit is "
                                    + limit.toSeconds() + " seconds: teams will never get it.");
                }
            }
        }
    }
}
