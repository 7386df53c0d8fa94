package org.balise.engine.circuit.validate;

import java.util.HashSet;
import java.util.Set;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Clue;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Station;

/** Warns about content nobody will see: media no one shows, trades no station shows, clues that lead nowhere. */
final class UnusedContentCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        Set<String> shownMedia = new HashSet<>();
        Set<String> shownTrades = new HashSet<>();
        if (circuit.cover() != null) {
            shownMedia.add(circuit.cover());
        }
        for (Station station : circuit.stations()) {
            if (station.onSite() != null) {
                shownMedia.addAll(station.onSite().media());
            }
            if (station.virtual() != null) {
                shownMedia.addAll(station.virtual().media());
            }
            shownTrades.addAll(station.rewards().trades());
        }
        for (Sites.RiddleSite site : Sites.riddles(circuit)) {
            shownMedia.addAll(site.riddle().media());
        }
        for (int k = 0; k < circuit.media().size(); k++) {
            if (!shownMedia.contains(circuit.media().get(k).id())) {
                problems.warning(Pointer.root().at("media").at(k),
                        "No station, riddle or cover shows this media: use it or remove it.");
            }
        }
        for (int k = 0; k < circuit.trades().size(); k++) {
            if (!shownTrades.contains(circuit.trades().get(k).id())) {
                problems.warning(Pointer.root().at("trades").at(k),
                        "No station shows this trade: add its id to a station's rewards or remove it.");
            }
        }
        FinalRiddle finalRiddle = circuit.finalRiddle();
        for (int i = 0; i < circuit.stations().size(); i++) {
            Clue clue = circuit.stations().get(i).rewards().clue();
            if (clue == null) {
                continue;
            }
            Pointer at = Sites.station(i).at("rewards").at("clue");
            if (finalRiddle == null) {
                problems.warning(at, "This clue leads nowhere: the circuit has no final riddle.");
            } else if (!finalRiddle.clues().contains(clue.id())) {
                problems.warning(at, "This clue is not one of the final riddle's clues, so it leads nowhere.");
            }
        }
    }
}
