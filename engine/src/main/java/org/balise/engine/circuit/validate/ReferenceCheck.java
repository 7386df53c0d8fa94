package org.balise.engine.circuit.validate;

import static org.balise.engine.circuit.validate.Quote.quote;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Media;
import org.balise.engine.circuit.model.MediaType;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Station;

/**
 * Every id a circuit mentions names something that exists: media (cover, contents, riddles), trades
 * (rewards), stations (requires, loop, routes) and clues (final riddle).
 */
final class ReferenceCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        Set<String> media = circuit.media().stream().map(Media::id).collect(Collectors.toSet());
        Set<String> trades = circuit.trades().stream().map(t -> t.id()).collect(Collectors.toSet());
        Set<String> stations = circuit.stations().stream().map(Station::id).collect(Collectors.toSet());
        Set<String> clues = circuit.stations().stream()
                .map(s -> s.rewards().clue())
                .filter(Objects::nonNull)
                .map(c -> c.id())
                .collect(Collectors.toSet());

        String cover = circuit.cover();
        if (cover != null) {
            if (!media.contains(cover)) {
                problems.error(Pointer.root().at("cover"), noMedia(cover));
            } else if (circuit.medium(cover).orElseThrow().type() != MediaType.IMAGE) {
                problems.error(Pointer.root().at("cover"), "The cover must be an image, but " + quote(cover) + " is "
                        + circuit.medium(cover).orElseThrow().type().name().toLowerCase(Locale.ROOT) + ".");
            }
        }
        for (int i = 0; i < circuit.stations().size(); i++) {
            Station station = circuit.stations().get(i);
            Pointer at = Sites.station(i);
            if (station.onSite() != null) {
                resolve(problems, at.at("onSite").at("media"), station.onSite().media(), media, ReferenceCheck::noMedia);
            }
            if (station.virtual() != null) {
                resolve(problems, at.at("virtual").at("media"), station.virtual().media(), media, ReferenceCheck::noMedia);
            }
            resolve(problems, at.at("rewards").at("trades"), station.rewards().trades(), trades,
                    id -> "No trade has the id " + quote(id) + ": add it to trades or correct the id.");
            if (station.requires() != null) {
                resolve(problems, at.at("requires").at("stations"), station.requires().stations(), stations,
                        ReferenceCheck::noStation);
            }
        }
        for (Sites.RiddleSite site : Sites.riddles(circuit)) {
            resolve(problems, site.pointer().at("media"), site.riddle().media(), media, ReferenceCheck::noMedia);
        }
        Pointer progression = Pointer.root().at("progression");
        switch (circuit.progression()) {
            case Progression.Rotation rotation ->
                    resolve(problems, progression.at("loop"), rotation.loop(), stations, ReferenceCheck::noStation);
            case Progression.Routes routes -> {
                for (int r = 0; r < routes.routes().size(); r++) {
                    resolve(problems, progression.at("routes").at(r).at("stations"),
                            routes.routes().get(r).stations(), stations, ReferenceCheck::noStation);
                }
            }
            default -> { }
        }
        FinalRiddle finalRiddle = circuit.finalRiddle();
        if (finalRiddle != null) {
            resolve(problems, Sites.FINAL_RIDDLE.at("clues"), finalRiddle.clues(), clues,
                    id -> "No station gives a clue with the id " + quote(id) + ".");
        }
    }

    private static void resolve(Problems problems, Pointer list, List<String> ids, Set<String> known,
                                Function<String, String> message) {
        for (int k = 0; k < ids.size(); k++) {
            if (!known.contains(ids.get(k))) {
                problems.error(list.at(k), message.apply(ids.get(k)));
            }
        }
    }

    private static String noMedia(String id) {
        return "No media has the id " + quote(id) + ": add it to media or correct the id.";
    }

    private static String noStation(String id) {
        return "No station has the id " + quote(id) + ".";
    }
}
