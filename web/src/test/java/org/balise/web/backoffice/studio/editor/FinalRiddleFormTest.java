package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.balise.engine.circuit.load.LoadResult;
import org.junit.jupiter.api.Test;

class FinalRiddleFormTest {

    private static final String GIVES_A_CLUE = """
            "rewards": {"clue": {"id": "lettre-d", "text": {"fr": "La lettre D", "en": "The letter D"}}},""";

    private static Editing finalRiddle(String circuitExtras) {
        return Editing.of(TrialCircuit.with(circuitExtras, GIVES_A_CLUE),
                context -> new FinalRiddleForm(context, List.of("lettre-d"), List.of("plan")));
    }

    @Test
    void aFinalRiddleStartsAsATextRiddleEveryClueLeadsTo() {
        Editing editing = finalRiddle("");
        assertThat(editing.find("finalRiddle-riddle-kind")).isEmpty();

        editing.byId("final-riddle-present", Checkbox.class).setValue(true);

        assertThat(editing.json("/finalRiddle")).isEqualTo(Editing.parse("""
                {"riddle": {"type": "text"}, "clues": ["lettre-d"]}"""));
        assertThat(editing.find("finalRiddle-riddle-kind")).isPresent();
    }

    @Test
    void aFinalRiddleFilledInLoads() {
        Editing editing = finalRiddle("");
        editing.byId("final-riddle-present", Checkbox.class).setValue(true);

        editing.type("/finalRiddle/title/fr", "La ville");
        editing.type("/finalRiddle/title/en", "The city");
        editing.type("/finalRiddle/riddle/question/fr", "Quelle ville ?");
        editing.type("/finalRiddle/riddle/question/en", "Which city?");
        editing.field("/finalRiddle/riddle/answer/accepted", TextArea.class).setValue("Dijon");
        editing.field("/finalRiddle/cluesNeeded", IntegerField.class).setValue(1);
        editing.field("/finalRiddle/points", IntegerField.class).setValue(20);
        editing.click("finalRiddle-hints-add");
        editing.type("/finalRiddle/hints/0/text/fr", "Moutarde.");
        editing.type("/finalRiddle/hints/0/text/en", "Mustard.");
        editing.field("/finalRiddle/hints/0/cost", IntegerField.class).setValue(5);

        assertThat(editing.json("/finalRiddle")).isEqualTo(Editing.parse("""
                {"riddle": {"type": "text", "question": {"fr": "Quelle ville ?", "en": "Which city?"},
                            "answer": {"accepted": ["Dijon"]}},
                 "clues": ["lettre-d"], "title": {"fr": "La ville", "en": "The city"}, "cluesNeeded": 1,
                 "points": 20,
                 "hints": [{"id": "hint-1", "text": {"fr": "Moutarde.", "en": "Mustard."}, "cost": 5}]}"""));
        assertThat(editing.load()).as("%s", editing.problems()).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void aCircuitWithoutFinalRiddleLosesIt() {
        Editing editing = finalRiddle("""
                "finalRiddle": {"title": {"fr": "Fin", "en": "End"}, "riddle": %s, "clues": ["lettre-d"],
                                "points": 5},"""
                .formatted(TrialCircuit.TEXT_RIDDLE));
        assertThat(editing.byId("final-riddle-present", Checkbox.class).getValue()).isTrue();

        editing.byId("final-riddle-present", Checkbox.class).setValue(false);

        assertThat(editing.draft.root().has("finalRiddle")).isFalse();
        assertThat(editing.find("finalRiddle-riddle-kind")).isEmpty();
    }
}
