package org.balise.engine.play.view;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A station as a team sees it.
 *
 * @param zone where to go; null when the station has none (indoors) or must be found on the map
 * @param findOnMap whether, in virtual mode, the team must find the station's place on the map and tap it
 * @param proofs the other ways to prove presence, by kind ({@code qr-code}, {@code on-site-code},
 *     {@code teacher-unlock}), never their values
 * @param description what the team reads there; null until it arrives
 * @param media what the station shows with its description; empty until the team arrives
 * @param riddle the riddle, without its answer; null until the team arrives
 * @param hints the hints: all of them while the riddle is open, only those taken once it is solved
 * @param attempts wrong answers and what is left before a cool-down; null until the team arrives or once solved
 * @param timeLeft played time left before the riddle stops scoring; null without a time limit, before arrival or
 *     once solved
 * @param points what solving the station is worth
 * @param earned the points and bonus earned; null until solved
 */
public record StationView(
        String id,
        String title,
        StationStatus status,
        @Nullable ZoneView zone,
        boolean findOnMap,
        List<String> proofs,
        @Nullable String description,
        List<MediaView> media,
        @Nullable RiddleView riddle,
        List<HintView> hints,
        @Nullable AttemptsView attempts,
        @Nullable Duration timeLeft,
        int points,
        @Nullable Integer earned) {

    public StationView {
        proofs = List.copyOf(proofs);
        media = List.copyOf(media);
        hints = List.copyOf(hints);
    }
}
