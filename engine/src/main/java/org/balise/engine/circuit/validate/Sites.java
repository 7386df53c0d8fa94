package org.balise.engine.circuit.validate;

import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.Riddle;

/**
 * Where the repeated parts of a circuit sit in its file. The model keeps the file's list order, so an
 * index in the model is an index in the file.
 */
final class Sites {

    private Sites() {
    }

    /** A riddle and its pointer. */
    record RiddleSite(Pointer pointer, Riddle riddle) {
    }

    /** A list of hints and its pointer. */
    record HintsSite(Pointer pointer, List<Hint> hints) {
    }

    static Pointer station(int index) {
        return Pointer.root().at("stations").at(index);
    }

    static final Pointer FINAL_RIDDLE = Pointer.root().at("finalRiddle");

    /** Every riddle: each station's riddle and virtual riddle, then the final riddle. */
    static List<RiddleSite> riddles(Circuit circuit) {
        List<RiddleSite> sites = new ArrayList<>();
        for (int i = 0; i < circuit.stations().size(); i++) {
            Station station = circuit.stations().get(i);
            sites.add(new RiddleSite(station(i).at("riddle"), station.riddle()));
            if (station.virtualRiddle() != null) {
                sites.add(new RiddleSite(station(i).at("virtualRiddle"), station.virtualRiddle()));
            }
        }
        FinalRiddle finalRiddle = circuit.finalRiddle();
        if (finalRiddle != null) {
            sites.add(new RiddleSite(FINAL_RIDDLE.at("riddle"), finalRiddle.riddle()));
        }
        return sites;
    }

    /** Every list of hints: each station's, then the final riddle's. */
    static List<HintsSite> hintLists(Circuit circuit) {
        List<HintsSite> sites = new ArrayList<>();
        for (int i = 0; i < circuit.stations().size(); i++) {
            sites.add(new HintsSite(station(i).at("hints"), circuit.stations().get(i).hints()));
        }
        FinalRiddle finalRiddle = circuit.finalRiddle();
        if (finalRiddle != null) {
            sites.add(new HintsSite(FINAL_RIDDLE.at("hints"), finalRiddle.hints()));
        }
        return sites;
    }
}
