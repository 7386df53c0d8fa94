package org.balise.engine.circuit.model;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A trade (métier) that stations show, for games that help pupils discover jobs.
 *
 * @param id unique in the circuit
 * @param name the trade's name
 * @param description what the trade is about
 * @param trainings diplomas leading to it; empty when the author gave none
 * @param links pages to learn more; empty when the author gave none
 * @param onisepId the trade's identifier in ONISEP's public data; null when not given
 */
public record Trade(
        String id,
        LocalizedText name,
        LocalizedText description,
        List<Training> trainings,
        List<Link> links,
        @Nullable String onisepId) {

    public Trade {
        trainings = List.copyOf(trainings);
        links = List.copyOf(links);
    }
}
