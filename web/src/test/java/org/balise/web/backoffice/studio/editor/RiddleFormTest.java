package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.engine.circuit.validate.Problem;
import org.junit.jupiter.api.Test;

class RiddleFormTest {

    private static final Pointer RIDDLE = Pointer.parse("/stations/0/riddle");

    private static Editing riddle(String riddle) {
        return Editing.of(TrialCircuit.withRiddle(riddle), context -> new RiddleForm(context, RIDDLE, List.of("plan")));
    }

    @SuppressWarnings("unchecked")
    private static Select<RiddleKind> kind(Editing editing) {
        return editing.byId("stations-0-riddle-kind", Select.class);
    }

    private static void assertLoads(Editing editing) {
        assertThat(editing.load()).as("%s", editing.problems()).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void theKindsAreOfferedInPlainWords() {
        Select<RiddleKind> kind = kind(riddle(TrialCircuit.TEXT_RIDDLE));

        assertThat(kind.getListDataView().getItems().map(kind.getItemLabelGenerator())).containsExactly(
                "Free text answer", "Number", "One choice", "Several choices", "Put in order", "Code",
                "Find the place", "Photo");
        assertThat(kind.getValue()).isEqualTo(RiddleKind.TEXT);
    }

    @Test
    void theQuestionIsWrittenInEachLanguageAndTheImagesChosenById() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);

        editing.type("/stations/0/riddle/question/en", "Who carved it?");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> media = editing.field("/stations/0/riddle/media", MultiSelectComboBox.class);
        media.setValue(Set.of("plan"));

        assertThat(editing.field("/stations/0/riddle/question/fr", TextArea.class).getValue()).isEqualTo("Qui ?");
        assertThat(editing.json("/stations/0/riddle/question")).isEqualTo(Editing.parse("""
                {"fr": "Qui ?", "en": "Who carved it?"}"""));
        assertThat(editing.json("/stations/0/riddle/media")).isEqualTo(Editing.parse("""
                {"media": ["plan"]}""").path("media"));
    }

    @Test
    void changingTheKindKeepsTheQuestionAndImagesDropsTheAnswerAndStartsTheOptions() {
        Editing editing = riddle("""
                {"type": "text", "question": {"fr": "Qui ?", "en": "Who?"}, "media": ["plan"],
                 "answer": {"accepted": ["Rude"], "caseSensitive": true}}""");

        kind(editing).setValue(RiddleKind.SINGLE_CHOICE);

        assertThat(editing.json("/stations/0/riddle")).isEqualTo(Editing.parse("""
                {"type": "single-choice", "question": {"fr": "Qui ?", "en": "Who?"}, "media": ["plan"],
                 "options": [{"id": "option-1"}, {"id": "option-2"}, {"id": "option-3"}]}"""));
        assertThat(editing.redraws()).isEqualTo(1);
        assertThat(editing.find("stations-0-riddle-options-2")).isPresent();
    }

    @Test
    void betweenOneAndSeveralChoicesTheOptionsAndTheRightAnswerStay() {
        Editing editing = riddle("""
                {"type": "single-choice", "question": {"fr": "Qui ?", "en": "Who?"},
                 "options": [{"id": "a", "text": {"fr": "A", "en": "A"}}, {"id": "b", "text": {"fr": "B", "en": "B"}}],
                 "answer": {"correct": "b"}}""");

        kind(editing).setValue(RiddleKind.MULTIPLE_CHOICE);

        assertThat(editing.json("/stations/0/riddle")).isEqualTo(Editing.parse("""
                {"type": "multiple-choice", "question": {"fr": "Qui ?", "en": "Who?"},
                 "options": [{"id": "a", "text": {"fr": "A", "en": "A"}}, {"id": "b", "text": {"fr": "B", "en": "B"}}],
                 "answer": {"correct": ["b"]}}"""));

        editing.byId("stations-0-riddle-options-0-right", Checkbox.class).setValue(true);
        kind(editing).setValue(RiddleKind.SINGLE_CHOICE);

        assertThat(editing.json("/stations/0/riddle/options").size()).isEqualTo(2);
        assertThat(editing.json("/stations/0/riddle").has("answer")).as("two right options cannot be one").isFalse();
    }

    @Test
    void anOrderingStartsWithItemsListedInTheRightOrder() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);

        kind(editing).setValue(RiddleKind.ORDERING);

        assertThat(editing.json("/stations/0/riddle")).isEqualTo(Editing.parse("""
                {"type": "ordering", "question": {"fr": "Qui ?", "en": "Who?"},
                 "items": [{"id": "item-1"}, {"id": "item-2"}, {"id": "item-3"}],
                 "answer": {"order": ["item-1", "item-2", "item-3"]}}"""));
        assertThat(editing.byId("stations-0-riddle-listed-order", Checkbox.class).getValue()).isTrue();
    }

    @Test
    void choosingAKindWhereThereIsNoRiddleYetWritesOne() {
        Editing editing = Editing.of(TrialCircuit.withRiddle(TrialCircuit.TEXT_RIDDLE), context ->
                new RiddleForm(context, Pointer.parse("/stations/0/virtualRiddle"), List.of()));

        @SuppressWarnings("unchecked")
        Select<RiddleKind> kind = editing.byId("stations-0-virtualRiddle-kind", Select.class);
        kind.setValue(RiddleKind.CODE);

        assertThat(editing.json("/stations/0/virtualRiddle")).isEqualTo(Editing.parse("""
                {"type": "code"}"""));
    }

    @Test
    void aFreeTextRiddleTakesItsAcceptedAnswersOnePerLineAndHowStrictlyToCompare() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);

        editing.field("/stations/0/riddle/answer/accepted", TextArea.class).setValue("Rude\n\n  François Rude \n");
        editing.field("/stations/0/riddle/answer/typoTolerance", Checkbox.class).setValue(false);
        editing.field("/stations/0/riddle/answer/accentSensitive", Checkbox.class).setValue(true);

        assertThat(editing.json("/stations/0/riddle/answer")).isEqualTo(Editing.parse("""
                {"accepted": ["Rude", "François Rude"], "typoTolerance": false, "accentSensitive": true}"""));
        assertLoads(editing);

        editing.field("/stations/0/riddle/answer/typoTolerance", Checkbox.class).setValue(true);
        editing.field("/stations/0/riddle/answer/accentSensitive", Checkbox.class).setValue(false);

        assertThat(editing.json("/stations/0/riddle/answer")).isEqualTo(Editing.parse("""
                {"accepted": ["Rude", "François Rude"]}"""));
    }

    @Test
    void typingMistakesAreAcceptedUnlessTheCircuitSaysOtherwise() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);

        assertThat(editing.field("/stations/0/riddle/answer/typoTolerance", Checkbox.class).getValue()).isTrue();
        assertThat(editing.field("/stations/0/riddle/answer/caseSensitive", Checkbox.class).getValue()).isFalse();
    }

    @Test
    void aNumberRiddleFilledInLoads() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);
        kind(editing).setValue(RiddleKind.NUMBER);

        editing.field("/stations/0/riddle/answer/value", NumberField.class).setValue(316.0);
        editing.field("/stations/0/riddle/answer/tolerance", NumberField.class).setValue(2.5);
        editing.type("/stations/0/riddle/unit/fr", "marches");
        editing.type("/stations/0/riddle/unit/en", "steps");

        assertThat(editing.json("/stations/0/riddle")).isEqualTo(Editing.parse("""
                {"type": "number", "question": {"fr": "Qui ?", "en": "Who?"},
                 "answer": {"value": 316, "tolerance": 2.5}, "unit": {"fr": "marches", "en": "steps"}}"""));
        assertLoads(editing);
    }

    @Test
    void oneChoiceHasOneRightOptionTickingAnotherUnticksTheFirst() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);
        kind(editing).setValue(RiddleKind.SINGLE_CHOICE);
        writeTexts(editing, "options", "Jacquemart", "Bareuzai", "Chouette");

        Checkbox second = editing.byId("stations-0-riddle-options-1-right", Checkbox.class);
        Checkbox third = editing.byId("stations-0-riddle-options-2-right", Checkbox.class);
        second.setValue(true);
        third.setValue(true);

        assertThat(second.getValue()).isFalse();
        assertThat(editing.json("/stations/0/riddle/answer")).isEqualTo(Editing.parse("""
                {"correct": "option-3"}"""));
        assertLoads(editing);

        third.setValue(false);

        assertThat(editing.json("/stations/0/riddle").has("answer")).isFalse();
    }

    @Test
    void severalChoicesListEveryRightOptionInTheOptionsOrder() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);
        kind(editing).setValue(RiddleKind.MULTIPLE_CHOICE);
        writeTexts(editing, "options", "Église", "Bronze", "Main gauche");

        editing.byId("stations-0-riddle-options-2-right", Checkbox.class).setValue(true);
        editing.byId("stations-0-riddle-options-0-right", Checkbox.class).setValue(true);

        assertThat(editing.json("/stations/0/riddle/answer")).isEqualTo(Editing.parse("""
                {"correct": ["option-1", "option-3"]}"""));
        assertLoads(editing);

        editing.byId("stations-0-riddle-options-0-right", Checkbox.class).setValue(false);
        editing.byId("stations-0-riddle-options-2-right", Checkbox.class).setValue(false);

        assertThat(editing.json("/stations/0/riddle").has("answer")).isFalse();
    }

    @Test
    void renamingAnOptionRenamesItInTheAnswer() {
        Editing single = riddle("""
                {"type": "single-choice", "question": {"fr": "Qui ?", "en": "Who?"},
                 "options": [{"id": "a", "text": {"fr": "A", "en": "A"}}, {"id": "b", "text": {"fr": "B", "en": "B"}}],
                 "answer": {"correct": "b"}}""");
        Editing several = riddle("""
                {"type": "multiple-choice", "question": {"fr": "Qui ?", "en": "Who?"},
                 "options": [{"id": "a", "text": {"fr": "A", "en": "A"}}, {"id": "b", "text": {"fr": "B", "en": "B"}}],
                 "answer": {"correct": ["a", "b"]}}""");

        single.field("/stations/0/riddle/options/1/id", TextField.class).setValue("bareuzai");
        several.field("/stations/0/riddle/options/0/id", TextField.class).setValue("eglise");

        assertThat(single.json("/stations/0/riddle/answer/correct").asString()).isEqualTo("bareuzai");
        assertThat(several.json("/stations/0/riddle/answer/correct").toString()).isEqualTo("[\"eglise\",\"b\"]");
        assertThat(single.byId("stations-0-riddle-options-1-right", Checkbox.class).getValue()).isTrue();
    }

    @Test
    void whileTheItemsAreListedInTheRightOrderMovingAddingAndRemovingKeepsTheOrderSo() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);
        kind(editing).setValue(RiddleKind.ORDERING);
        writeTexts(editing, "items", "Tracer", "Poser", "Tailler");

        editing.click("stations-0-riddle-items-2-up");

        assertThat(FreeIds.idsOf(editing.json("/stations/0/riddle/items")))
                .containsExactly("item-1", "item-3", "item-2");
        assertThat(order(editing)).isEqualTo("[\"item-1\",\"item-3\",\"item-2\"]");
        assertLoads(editing);

        editing.click("stations-0-riddle-items-add");
        assertThat(order(editing)).isEqualTo("[\"item-1\",\"item-3\",\"item-2\",\"item-4\"]");
        editing.click("stations-0-riddle-items-0-remove");
        assertThat(order(editing)).isEqualTo("[\"item-3\",\"item-2\",\"item-4\"]");
    }

    @Test
    void anOrderDifferentFromTheListIsKeptAndShownAsEachItemsPlace() {
        Editing editing = riddle(DUKES);

        assertThat(editing.byId("stations-0-riddle-listed-order", Checkbox.class).getValue()).isFalse();
        assertThat(place(editing, 0).getValue()).isEqualTo(3);
        assertThat(place(editing, 1).getValue()).isEqualTo(1);
        assertThat(place(editing, 2).getValue()).isEqualTo(2);
        assertThat(place(editing, 0).isVisible()).isTrue();
        assertThat(place(editing, 0).getItemLabelGenerator().apply(3)).isEqualTo("3rd");

        place(editing, 0).setValue(1);

        assertThat(order(editing)).isEqualTo("[\"charles\",\"hardi\",\"jean\"]");
        assertThat(editing.redraws()).isEqualTo(1);
    }

    @Test
    void tickingTheListedOrderMakesItTheRightOrder() {
        Editing editing = riddle(DUKES);

        editing.byId("stations-0-riddle-listed-order", Checkbox.class).setValue(true);

        assertThat(order(editing)).isEqualTo("[\"charles\",\"hardi\",\"jean\"]");
        assertThat(place(editing, 0).isVisible()).isFalse();
    }

    @Test
    void anOrderOfItsOwnFollowsItemsAddedRemovedAndRenamed() {
        Editing editing = riddle(DUKES);

        editing.click("stations-0-riddle-items-add");
        assertThat(order(editing)).isEqualTo("[\"hardi\",\"jean\",\"charles\",\"item-4\"]");
        editing.field("/stations/0/riddle/items/1/id", TextField.class).setValue("philippe-hardi");
        assertThat(order(editing)).isEqualTo("[\"philippe-hardi\",\"jean\",\"charles\",\"item-4\"]");
        editing.click("stations-0-riddle-items-0-remove");
        assertThat(order(editing)).isEqualTo("[\"philippe-hardi\",\"jean\",\"item-4\"]");
    }

    @Test
    void aCodeKeepsItsLeadingZeros() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);
        kind(editing).setValue(RiddleKind.CODE);

        editing.field("/stations/0/riddle/answer/digits", TextField.class).setValue("0427");

        assertThat(editing.json("/stations/0/riddle/answer/digits").isString()).isTrue();
        assertThat(editing.json("/stations/0/riddle/answer/digits").asString()).isEqualTo("0427");
        assertLoads(editing);
    }

    @Test
    void findingThePlaceAsksNothingButTheQuestion() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);
        kind(editing).setValue(RiddleKind.LOCATION_ONLY);

        assertThat(editing.json("/stations/0/riddle")).isEqualTo(Editing.parse("""
                {"type": "location-only", "question": {"fr": "Qui ?", "en": "Who?"}}"""));
        assertLoads(editing);
    }

    @Test
    void aPhotoRiddleTellsTheTeacherWhatToSee() {
        Editing editing = riddle(TrialCircuit.TEXT_RIDDLE);
        kind(editing).setValue(RiddleKind.PHOTO);

        editing.type("/stations/0/riddle/answer/guidance/fr", "Toute l'équipe devant la fontaine.");
        editing.type("/stations/0/riddle/answer/guidance/en", "The whole team in front of the fountain.");

        assertThat(editing.json("/stations/0/riddle/answer")).isEqualTo(Editing.parse("""
                {"guidance": {"fr": "Toute l'équipe devant la fontaine.",
                              "en": "The whole team in front of the fountain."}}"""));
        assertLoads(editing);
    }

    @Test
    void aProblemWithTheRightAnswerShowsOnTheOptions() {
        Editing editing = riddle("""
                {"type": "single-choice", "question": {"fr": "Qui ?", "en": "Who?"},
                 "options": [{"id": "a", "text": {"fr": "A", "en": "A"}}, {"id": "b", "text": {"fr": "B", "en": "B"}}],
                 "answer": {"correct": "c"}}""");
        List<Problem> problems = editing.load().problems();

        editing.registry.show(problems);

        assertThat(problems).extracting(Problem::pointer).contains("/stations/0/riddle/answer/correct");
        assertThat(editing.byId("stations-0-riddle-options", ItemList.class).isInvalid()).isTrue();
    }

    private static final String DUKES = """
            {"type": "ordering", "question": {"fr": "Dans l'ordre ?", "en": "In order?"},
             "items": [{"id": "charles", "text": {"fr": "Charles", "en": "Charles"}},
                       {"id": "hardi", "text": {"fr": "Philippe", "en": "Philip"}},
                       {"id": "jean", "text": {"fr": "Jean", "en": "John"}}],
             "answer": {"order": ["hardi", "jean", "charles"]}}""";

    @SuppressWarnings("unchecked")
    private static Select<Integer> place(Editing editing, int item) {
        return editing.byId("stations-0-riddle-items-" + item + "-place", Select.class);
    }

    private static String order(Editing editing) {
        return editing.json("/stations/0/riddle/answer/order").toString();
    }

    /** Writes each option's or item's text, in French and in English alike. */
    private static void writeTexts(Editing editing, String list, String... texts) {
        for (int k = 0; k < texts.length; k++) {
            editing.type("/stations/0/riddle/" + list + "/" + k + "/text/fr", texts[k]);
            editing.type("/stations/0/riddle/" + list + "/" + k + "/text/en", texts[k]);
        }
    }
}
