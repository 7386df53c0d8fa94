package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.engine.circuit.validate.Problem;
import org.balise.web.drafts.DraftJson;
import org.junit.jupiter.api.Test;

class ItemListTest {

    private static final Pointer HINTS = Pointer.parse("/stations/0/hints");

    private static final String TWO_HINTS = """
            "hints": [
              {"id": "premier", "text": {"fr": "Un", "en": "One"}, "cost": 1},
              {"id": "second", "text": {"fr": "Deux", "en": "Two"}, "cost": 2}
            ],""";

    private final List<String> rearranged = new ArrayList<>();

    private Editing hints(String stationExtras) {
        return Editing.of(TrialCircuit.with("", stationExtras), context -> new ItemList(context, HINTS, "Hint", 5,
                () -> DraftJson.mapper().createObjectNode()
                        .put("id", FreeIds.among(context.draft().get(HINTS), "hint")),
                (hint, index) -> context.fields().text(hint.at("id"), "Id"))
                .whenRearranged(() -> rearranged.add(context.draft().get(HINTS).toString())));
    }

    @Test
    void addingTheFirstItemCreatesTheListWithTheSuppliersItemAndRedraws() {
        Editing editing = hints("");

        editing.click("stations-0-hints-add");

        assertThat(editing.json("/stations/0/hints")).isEqualTo(Editing.parse("""
                {"hints": [{"id": "hint-1"}]}""").path("hints"));
        assertThat(editing.redraws()).isEqualTo(1);
        assertThat(editing.changes()).isPositive();
        assertThat(editing.field("/stations/0/hints/0/id", com.vaadin.flow.component.textfield.TextField.class)
                .getValue()).isEqualTo("hint-1");
    }

    @Test
    void aNewItemGetsAnIdNoOtherItemHas() {
        Editing editing = hints("""
                "hints": [{"id": "hint-3", "cost": 1}, {"id": "autre", "cost": 1}],""");

        editing.click("stations-0-hints-add");

        assertThat(editing.json("/stations/0/hints/2/id").asString()).isEqualTo("hint-4");
    }

    @Test
    void eachCardIsHeadedByItsItemAndPlaceAndItsButtonsSayWhichItemTheyActOn() {
        Editing editing = hints(TWO_HINTS);

        assertThat(editing.byId("stations-0-hints-1", Card.class).getTitleAsText()).isEqualTo("Hint 2");
        assertThat(editing.byId("stations-0-hints-1-up", Button.class).getAriaLabel()).contains("Move up hint 2");
        assertThat(editing.byId("stations-0-hints-1-down", Button.class).getAriaLabel()).contains("Move down hint 2");
        assertThat(editing.byId("stations-0-hints-1-remove", Button.class).getAriaLabel()).contains("Remove hint 2");
        assertThat(editing.byId("stations-0-hints-add", Button.class).getText()).isEqualTo("Add hint");
    }

    @Test
    void theFirstItemCannotMoveUpNorTheLastDown() {
        Editing editing = hints(TWO_HINTS);

        assertThat(editing.byId("stations-0-hints-0-up", Button.class).isEnabled()).isFalse();
        assertThat(editing.byId("stations-0-hints-0-down", Button.class).isEnabled()).isTrue();
        assertThat(editing.byId("stations-0-hints-1-up", Button.class).isEnabled()).isTrue();
        assertThat(editing.byId("stations-0-hints-1-down", Button.class).isEnabled()).isFalse();
    }

    @Test
    void movingAnItemSwapsItWithItsNeighbourAndRedraws() {
        Editing editing = hints(TWO_HINTS);

        editing.click("stations-0-hints-1-up");

        assertThat(ids(editing)).containsExactly("second", "premier");
        assertThat(editing.json("/stations/0/hints/0/cost").asInt()).isEqualTo(2);
        assertThat(editing.redraws()).isEqualTo(1);

        editing.click("stations-0-hints-0-down");

        assertThat(ids(editing)).containsExactly("premier", "second");
    }

    @Test
    void removingAnItemShiftsTheOthersAndRemovingTheLastRemovesTheList() {
        Editing editing = hints(TWO_HINTS);

        editing.click("stations-0-hints-0-remove");

        assertThat(ids(editing)).containsExactly("second");
        editing.click("stations-0-hints-0-remove");
        assertThat(editing.json("/stations/0").has("hints")).isFalse();
        assertThat(editing.redraws()).isEqualTo(2);
    }

    @Test
    void theFormIsToldOfEachRearrangementBeforeTheDraftIsSaved() {
        Editing editing = hints(TWO_HINTS);
        List<String> saved = new ArrayList<>();
        editing.draft.onChange(() -> saved.add(editing.json("/stations/0/hints").toString()));

        editing.click("stations-0-hints-0-down");

        assertThat(rearranged).hasSize(1);
        assertThat(saved).last().isEqualTo(rearranged.getFirst());
    }

    @Test
    void aProblemAboutTheListAsAWholeShowsUnderIt() {
        Editing editing = hints(TWO_HINTS);

        editing.registry.show(List.of(Problem.error(HINTS, "Two hints have the id \"premier\".")));

        ItemList list = editing.byId("stations-0-hints", ItemList.class);
        assertThat(list.isInvalid()).isTrue();
        assertThat(list.getErrorMessage()).isEqualTo("Two hints have the id \"premier\".");

        editing.registry.show(List.of());

        assertThat(list.isInvalid()).isFalse();
    }

    private static List<String> ids(Editing editing) {
        return FreeIds.idsOf(editing.json("/stations/0/hints"));
    }
}
