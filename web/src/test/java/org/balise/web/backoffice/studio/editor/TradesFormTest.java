package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.balise.engine.circuit.load.LoadResult;
import org.junit.jupiter.api.Test;

class TradesFormTest {

    private static Editing trades(String circuitExtras, String stationExtras) {
        return Editing.of(TrialCircuit.with(circuitExtras, stationExtras), TradesForm::new);
    }

    @Test
    void aTradeIsWrittenWithItsTrainingsLinksAndOnisepId() {
        Editing editing = trades("", """
                "rewards": {"trades": ["trade-1"]},""");

        editing.click("trades-add");
        editing.type("/trades/0/name/fr", "Fontainier");
        editing.type("/trades/0/name/en", "Fountain maker");
        editing.type("/trades/0/description/fr", "Il entretient les fontaines.");
        editing.type("/trades/0/description/en", "Looks after fountains.");
        editing.click("trades-0-trainings-add");
        editing.type("/trades/0/trainings/0/diploma/fr", "CAP Plombier");
        editing.type("/trades/0/trainings/0/diploma/en", "CAP Plumber");
        level(editing, 0).setValue(3);
        editing.click("trades-0-links-add");
        editing.type("/trades/0/links/0/url", "https://www.onisep.fr");
        editing.type("/trades/0/links/0/label/fr", "ONISEP");
        editing.type("/trades/0/links/0/label/en", "ONISEP (in French)");
        editing.type("/trades/0/onisepId", "MET.372");

        assertThat(editing.json("/trades")).isEqualTo(Editing.parse("""
                {"trades": [{"id": "trade-1",
                  "name": {"fr": "Fontainier", "en": "Fountain maker"},
                  "description": {"fr": "Il entretient les fontaines.", "en": "Looks after fountains."},
                  "trainings": [{"diploma": {"fr": "CAP Plombier", "en": "CAP Plumber"}, "level": 3}],
                  "links": [{"url": "https://www.onisep.fr", "label": {"fr": "ONISEP", "en": "ONISEP (in French)"}}],
                  "onisepId": "MET.372"}]}""").path("trades"));
        assertThat(editing.load()).as("%s", editing.problems()).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void levelsAreExplainedByTheDiplomasTeachersKnow() {
        Editing editing = trades("""
                "trades": [{"id": "t", "name": {"fr": "T", "en": "T"}, "description": {"fr": "T", "en": "T"},
                            "trainings": [{"diploma": {"fr": "BTS", "en": "BTS"}, "level": 5}]}],""", "");

        Select<Integer> level = level(editing, 0);

        assertThat(level.getValue()).isEqualTo(5);
        assertThat(level.getListDataView().getItems()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(level.getItemLabelGenerator().apply(3)).contains("CAP");
        assertThat(level.getItemLabelGenerator().apply(4)).contains("Baccalauréat");
        assertThat(level.getItemLabelGenerator().apply(5)).contains("BTS");
    }

    @Test
    void renamingATradeRenamesItWhereStationsShowIt() {
        Editing editing = trades("""
                "trades": [{"id": "t", "name": {"fr": "T", "en": "T"}, "description": {"fr": "T", "en": "T"}}],""",
                """
                "rewards": {"trades": ["t"]},""");

        editing.field("/trades/0/id", TextField.class).setValue("tailleur");

        assertThat(editing.json("/stations/0/rewards/trades").toString()).isEqualTo("[\"tailleur\"]");
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> level(Editing editing, int training) {
        return editing.field("/trades/0/trainings/" + training + "/level", Select.class);
    }
}
