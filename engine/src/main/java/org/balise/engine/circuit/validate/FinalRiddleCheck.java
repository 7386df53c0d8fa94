package org.balise.engine.circuit.validate;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Station;

/**
 * The final riddle can open: it needs no more clues than it lists, and with routes, every route lets its
 * team collect enough of them.
 */
final class FinalRiddleCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        FinalRiddle finalRiddle = circuit.finalRiddle();
        if (finalRiddle == null) {
            return;
        }
        if (finalRiddle.cluesNeeded() > finalRiddle.clues().size()) {
            problems.error(Sites.FINAL_RIDDLE.at("cluesNeeded"), "The final riddle needs " + finalRiddle.cluesNeeded()
                    + " clues but lists only " + finalRiddle.clues().size() + ", so it can never open.");
            return;
        }
        if (!(circuit.progression() instanceof Progression.Routes routes)) {
            return;
        }
        Map<String, String> clueOfStation = circuit.stations().stream()
                .filter(s -> s.rewards().clue() != null)
                .collect(Collectors.toMap(Station::id, s -> Objects.requireNonNull(s.rewards().clue()).id(), (a, b) -> a));
        for (int r = 0; r < routes.routes().size(); r++) {
            Set<String> collected = new HashSet<>();
            for (String station : routes.routes().get(r).stations()) {
                String clue = clueOfStation.get(station);
                if (clue != null && finalRiddle.clues().contains(clue)) {
                    collected.add(clue);
                }
            }
            if (collected.size() < finalRiddle.cluesNeeded()) {
                problems.error(Pointer.root().at("progression").at("routes").at(r), "A team on this route can collect"
                        + " only " + collected.size() + " of the " + finalRiddle.cluesNeeded()
                        + " clues the final riddle needs, so it can never open the final riddle.");
            }
        }
    }
}
