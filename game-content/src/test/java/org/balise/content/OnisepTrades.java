package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.engine.circuit.model.Trade;

/** What a trade taken from ONISEP's open data must carry in a shipped circuit. */
final class OnisepTrades {

    private OnisepTrades() {
    }

    /** Its ONISEP id, its training paths, and a link to its ONISEP sheet credited "Source : ONISEP". */
    static void assertCredited(Trade trade) {
        assertThat(trade.onisepId()).as(trade.id()).matches("MET\\.\\d+");
        assertThat(trade.trainings()).as(trade.id()).isNotEmpty();
        assertThat(trade.links()).as(trade.id()).singleElement().satisfies(link -> {
            assertThat(link.url()).isEqualTo("https://www.onisep.fr/http/redirection/metier/slug/" + trade.onisepId());
            assertThat(link.label().in("fr").orElseThrow()).contains("Source : ONISEP");
            assertThat(link.label().in("en").orElseThrow()).contains("Source : ONISEP");
        });
    }
}
