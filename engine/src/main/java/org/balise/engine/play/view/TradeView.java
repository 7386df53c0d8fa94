package org.balise.engine.play.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A trade the team discovered.
 *
 * @param trainings diplomas leading to it
 * @param links pages to learn more
 * @param onisepId its identifier in ONISEP's data (credit "Source : ONISEP" where it is shown); null when none
 */
public record TradeView(String id, String name, String description, List<TrainingView> trainings,
        List<LinkView> links, @Nullable String onisepId) {

    public TradeView {
        trainings = List.copyOf(trainings);
        links = List.copyOf(links);
    }

    /** A diploma and its qualification level (1 to 8). */
    public record TrainingView(String diploma, int level) {
    }

    /** A web page and what its link says. */
    public record LinkView(String url, String label) {
    }
}
