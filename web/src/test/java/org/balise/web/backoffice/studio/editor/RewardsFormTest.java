package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.validate.Pointer;
import org.junit.jupiter.api.Test;

class RewardsFormTest {

    private static final String TRADE = """
            "trades": [{"id": "tailleur", "name": {"fr": "Tailleur de pierre", "en": "Stonemason"},
                        "description": {"fr": "Il taille la pierre.", "en": "Cuts stone."}}],""";

    private static Editing rewards(String circuitExtras, String stationExtras) {
        return Editing.of(TrialCircuit.with(circuitExtras, stationExtras), context ->
                new RewardsForm(context, Pointer.parse("/stations/0/rewards"), List.of("tailleur")));
    }

    @Test
    void aStationGivingAClueGetsOneWithAFreeIdAndItsText() {
        Editing editing = rewards("", "");
        assertThat(editing.find("stations-0-rewards-clue-id")).isEmpty();

        editing.byId("stations-0-rewards-gives-clue", Checkbox.class).setValue(true);
        editing.type("/stations/0/rewards/clue/text/fr", "La lettre D");
        editing.type("/stations/0/rewards/clue/text/en", "The letter D");

        assertThat(editing.redraws()).isEqualTo(1);
        assertThat(editing.json("/stations/0/rewards")).isEqualTo(Editing.parse("""
                {"clue": {"id": "clue-1", "text": {"fr": "La lettre D", "en": "The letter D"}}}"""));
        assertThat(editing.byId("stations-0-rewards-gives-clue", Checkbox.class).getValue()).isTrue();
    }

    @Test
    void aStationNoLongerGivingAClueLosesItAndItsEmptyRewards() {
        Editing editing = rewards("", """
                "rewards": {"clue": {"id": "d", "text": {"fr": "D", "en": "D"}}},""");

        editing.byId("stations-0-rewards-gives-clue", Checkbox.class).setValue(false);

        assertThat(editing.json("/stations/0").has("rewards")).isFalse();
        assertThat(editing.find("stations-0-rewards-clue-text")).isEmpty();
    }

    @Test
    void theTradesShownAreChosenById() {
        Editing editing = rewards(TRADE, "");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> trades = editing.field("/stations/0/rewards/trades", MultiSelectComboBox.class);
        trades.setValue(Set.of("tailleur"));

        assertThat(editing.json("/stations/0/rewards")).isEqualTo(Editing.parse("""
                {"trades": ["tailleur"]}"""));
        assertThat(editing.load()).as("%s", editing.problems()).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void renamingAClueRenamesItInTheFinalRiddle() {
        Editing editing = rewards("""
                "finalRiddle": {"title": {"fr": "Fin", "en": "End"}, "riddle": %s, "clues": ["d"], "points": 5},"""
                .formatted(TrialCircuit.TEXT_RIDDLE), """
                "rewards": {"clue": {"id": "d", "text": {"fr": "D", "en": "D"}}},""");

        editing.field("/stations/0/rewards/clue/id", TextField.class).setValue("lettre-d");

        assertThat(editing.json("/finalRiddle/clues").toString()).isEqualTo("[\"lettre-d\"]");
        assertThat(editing.load()).as("%s", editing.problems()).isInstanceOf(LoadResult.Loaded.class);
    }
}
