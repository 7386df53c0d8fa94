package org.balise.engine.circuit.validate;

import static org.balise.engine.circuit.validate.Quote.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Clue;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;

/**
 * Ids are unique where something refers to them: stations, trades, media, clues and routes in the circuit;
 * hints within their station; options and items within their riddle. QR codes and on-site codes are unique
 * too, since each must prove one station only.
 */
final class UniqueIdCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        Pointer root = Pointer.root();
        unique(problems, "station", root.at("stations"), circuit.stations(), Station::id);
        unique(problems, "trade", root.at("trades"), circuit.trades(), t -> t.id());
        unique(problems, "media", root.at("media"), circuit.media(), m -> m.id());
        checkClues(circuit, problems);
        if (circuit.progression() instanceof Progression.Routes routes) {
            unique(problems, "route", root.at("progression").at("routes"), routes.routes(), Progression.Route::id);
        }
        for (Sites.HintsSite site : Sites.hintLists(circuit)) {
            unique(problems, "hint", site.pointer(), site.hints(), h -> h.id());
        }
        for (Sites.RiddleSite site : Sites.riddles(circuit)) {
            switch (site.riddle()) {
                case SingleChoiceRiddle choice -> unique(problems, "option", site.pointer().at("options"), choice.options(), Option::id);
                case MultipleChoiceRiddle choice -> unique(problems, "option", site.pointer().at("options"), choice.options(), Option::id);
                case OrderingRiddle ordering -> unique(problems, "item", site.pointer().at("items"), ordering.items(), Option::id);
                default -> { }
            }
        }
        checkCodes(circuit, problems);
    }

    private static <T> void unique(Problems problems, String what, Pointer list, List<T> elements, Function<T, String> id) {
        Map<String, Pointer> first = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String value = id.apply(elements.get(i));
            Pointer here = list.at(i);
            Pointer previous = first.putIfAbsent(value, here);
            if (previous != null) {
                problems.error(here.at("id"), "The id " + quote(value) + " is already used by another " + what
                        + " (" + previous + "); each " + what + " needs its own id.");
            }
        }
    }

    private static void checkClues(Circuit circuit, Problems problems) {
        Map<String, Pointer> first = new HashMap<>();
        for (int i = 0; i < circuit.stations().size(); i++) {
            Clue clue = circuit.stations().get(i).rewards().clue();
            if (clue != null) {
                Pointer here = Sites.station(i).at("rewards").at("clue");
                Pointer previous = first.putIfAbsent(clue.id(), here);
                if (previous != null) {
                    problems.error(here.at("id"), "The id " + quote(clue.id()) + " is already used by another clue ("
                            + previous + "); each clue needs its own id.");
                }
            }
        }
    }

    private static void checkCodes(Circuit circuit, Problems problems) {
        record Code(String kind, String value) {
        }
        record Owner(String station, Pointer pointer) {
        }
        Map<Code, Owner> first = new HashMap<>();
        List<Station> stations = circuit.stations();
        for (int i = 0; i < stations.size(); i++) {
            List<Proof> proofs = stations.get(i).fallbackProofs();
            for (int k = 0; k < proofs.size(); k++) {
                Pointer here = Sites.station(i).at("fallbackProofs").at(k);
                switch (proofs.get(k)) {
                    case Proof.QrCode qr -> {
                        Owner previous = first.putIfAbsent(new Code("qr", qr.value()), new Owner(stations.get(i).id(), here));
                        if (previous != null) {
                            problems.error(here.at("value"), "Station " + quote(previous.station())
                                    + " already uses this QR code (" + previous.pointer()
                                    + "): scanning it could not tell the two stations apart.");
                        }
                    }
                    case Proof.OnSiteCode code -> {
                        Owner previous = first.putIfAbsent(new Code("code", code.code()), new Owner(stations.get(i).id(), here));
                        if (previous != null) {
                            problems.error(here.at("code"), "Station " + quote(previous.station())
                                    + " already uses this on-site code (" + previous.pointer()
                                    + "): a team that read it there could claim to be here.");
                        }
                    }
                    case Proof.TeacherUnlock ignored -> { }
                }
            }
        }
    }
}
