package org.balise.engine.circuit.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balise.engine.i18n.Languages;
import org.balise.engine.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A circuit: what content authors write and what the engine plays. Immutable; obtained from JSON through
 * {@code CircuitLoader}, which guarantees a returned circuit passed every validation error check.
 *
 * <p>Lookups by id scan the lists: circuits hold tens of stations, and the model stays a plain value.
 *
 * @param id identifies the circuit across its versions
 * @param version {@code MAJOR.MINOR.PATCH}
 * @param title the circuit's name
 * @param summary what the game is about
 * @param languages the languages it is written in and its default language
 * @param modes how it can be played
 * @param credits who made it, under which licence
 * @param cover id of the media illustrating it; null when none
 * @param media every media it shows
 * @param trades the trades its stations show
 * @param stations its stations, in the author's order
 * @param progression in which order teams play the stations
 * @param finalRiddle the riddle its clues lead to; null when there is none
 */
public record Circuit(
        String id,
        String version,
        LocalizedText title,
        LocalizedText summary,
        Languages languages,
        Set<Mode> modes,
        Credits credits,
        @Nullable String cover,
        List<Media> media,
        List<Trade> trades,
        List<Station> stations,
        Progression progression,
        @Nullable FinalRiddle finalRiddle) {

    public Circuit {
        modes = Set.copyOf(modes);
        media = List.copyOf(media);
        trades = List.copyOf(trades);
        stations = List.copyOf(stations);
    }

    /** Whether teams may play the circuit in this mode. */
    public boolean offers(Mode mode) {
        return modes.contains(mode);
    }

    /** The station with this id. */
    public Optional<Station> station(String stationId) {
        return stations.stream().filter(s -> s.id().equals(stationId)).findFirst();
    }

    /** The media with this id. */
    public Optional<Media> medium(String mediaId) {
        return media.stream().filter(m -> m.id().equals(mediaId)).findFirst();
    }

    /** The trade with this id. */
    public Optional<Trade> trade(String tradeId) {
        return trades.stream().filter(t -> t.id().equals(tradeId)).findFirst();
    }
}
