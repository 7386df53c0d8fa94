package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.validate.Pointer;
import org.junit.jupiter.api.Test;

class HintsFormTest {

    private static Editing hints(String stationExtras) {
        return Editing.of(TrialCircuit.with("", stationExtras),
                context -> new HintsForm(context, Pointer.parse("/stations/0/hints")));
    }

    @Test
    void aNewHintIsWrittenWithItsTextCostAndDelay() {
        Editing editing = hints("");

        editing.click("stations-0-hints-add");
        editing.type("/stations/0/hints/0/text/fr", "Regardez le socle.");
        editing.type("/stations/0/hints/0/text/en", "Look at the base.");
        editing.field("/stations/0/hints/0/cost", IntegerField.class).setValue(2);
        editing.field("/stations/0/hints/0/availableAfterSeconds", IntegerField.class).setValue(60);

        assertThat(editing.json("/stations/0/hints")).isEqualTo(Editing.parse("""
                {"hints": [{"id": "hint-1", "text": {"fr": "Regardez le socle.", "en": "Look at the base."},
                            "cost": 2, "availableAfterSeconds": 60}]}""").path("hints"));
        assertThat(editing.field("/stations/0/hints/0/text/fr", TextArea.class)).isNotNull();
        assertThat(editing.load()).as("%s", editing.problems()).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void anEmptyDelayMeansStraightAway() {
        Editing editing = hints("""
                "hints": [{"id": "socle", "text": {"fr": "Le socle.", "en": "The base."}, "cost": 2,
                           "availableAfterSeconds": 60}],""");

        editing.field("/stations/0/hints/0/availableAfterSeconds", IntegerField.class).clear();

        assertThat(editing.json("/stations/0/hints/0").has("availableAfterSeconds")).isFalse();
    }

    @Test
    void theSecondHintGetsTheNextFreeId() {
        Editing editing = hints("""
                "hints": [{"id": "socle", "text": {"fr": "Le socle.", "en": "The base."}, "cost": 2}],""");

        editing.click("stations-0-hints-add");

        assertThat(editing.json("/stations/0/hints/1/id").asString()).isEqualTo("hint-2");
    }
}
