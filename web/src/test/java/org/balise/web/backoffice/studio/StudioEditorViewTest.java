package org.balise.web.backoffice.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.balise.web.RunningBalise;
import org.balise.web.backoffice.BackOfficeViewTest;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.drafts.Author;
import org.balise.web.drafts.Draft;
import org.balise.web.drafts.DraftJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class StudioEditorViewTest extends BackOfficeViewTest {

    StudioEditorViewTest(RunningBalise balise) {
        super(balise);
    }

    @Test
    void visitingEveryPartAndStationChangesNothingAndAnEditChangesOnlyItsText() {
        String lea = Studio.someAuthor();
        Draft draft = Studio.validDraft(balise, lea);
        BrowserlessUIContext window = Studio.author(app, lea);
        window.navigate(DraftEditorView.class, draft.id());

        for (String part : List.of("circuit", "stations", "trades", "final-riddle", "media", "languages", "track")) {
            openPart(window, part);
        }
        openPart(window, "stations");
        int stations = DraftJson.parse(draft.json()).path("stations").size();
        for (int k = 0; k < stations; k++) {
            @SuppressWarnings("unchecked")
            var list = (com.vaadin.flow.component.listbox.ListBox<Integer>) window.find(
                    com.vaadin.flow.component.listbox.ListBox.class).withId("station-list").single();
            list.setValue(k);
        }
        assertThat(DraftJson.parse(Studio.reload(balise, draft).json()))
                .as("opening every form changes nothing").isEqualTo(DraftJson.parse(draft.json()));

        openPart(window, "circuit");
        window.find(TextField.class).withLabel("Title · en").single().setValue("The dukes' secrets, revised");

        ObjectNode expected = DraftJson.parse(draft.json());
        ((ObjectNode) expected.path("title")).put("en", "The dukes' secrets, revised");
        assertThat(DraftJson.parse(Studio.reload(balise, draft).json())).isEqualTo(expected);
    }

    @Test
    void publishingWithAnErrorIsRefusedAndTheErrorIsShownOnItsField() {
        String lea = Studio.someAuthor();
        Draft draft = Studio.validDraft(balise, lea);
        BrowserlessUIContext window = Studio.author(app, lea);
        window.navigate(DraftEditorView.class, draft.id());
        window.find(TextField.class).withLabel("Version").single().setValue("one");

        window.test(window.find(Button.class).withId("publish").single()).click();

        assertThat(balise.shared().getBean(CircuitCatalogue.class).versionsOf(draft.circuitId()).collectList().block())
                .isEmpty();
        assertThat(window.find(Span.class).withId("draft-status").single().getText()).contains("1 error");
        List<Div> problems = window.find(Div.class).withClassName("balise-problem").all();
        assertThat(problems).extracting(problem -> problem.getElement().getAttribute("data-pointer")).contains("/version");
        TextField version = window.find(TextField.class).withLabel("Version").single();
        assertThat(version.isInvalid()).isTrue();
        assertThat(version.getErrorMessage()).contains("three whole numbers");
    }

    @Test
    void aValidDraftIsPublishedFromTheEditor() {
        String lea = Studio.someAuthor();
        Draft draft = Studio.validDraft(balise, lea);
        BrowserlessUIContext window = Studio.author(app, lea);
        window.navigate(DraftEditorView.class, draft.id());

        window.test(window.find(Button.class).withId("publish").single()).click();

        assertThat(balise.shared().getBean(CircuitCatalogue.class).find(draft.circuitId(), "1.0.0").block()).isNotNull();
        assertThat(window.find(Span.class).withId("draft-status").single().getText())
                .isEqualTo("Published as version 1.0.0");
    }

    @Test
    void aProblemLeadsToItsStationAndField() {
        String lea = Studio.someAuthor();
        Draft draft = Studio.validDraft(balise, lea);
        ObjectNode json = DraftJson.parse(draft.json());
        ((ObjectNode) json.path("stations").get(2).path("title")).remove("en");
        Draft broken = Studio.drafts(balise).save(draft, DraftJson.write(json), new Author(lea, false)).block();
        BrowserlessUIContext window = Studio.author(app, lea);
        window.navigate(DraftEditorView.class, broken.id());

        Div problem = window.find(Div.class).withClassName("balise-problem").all().stream()
                .filter(div -> div.getElement().getAttribute("data-pointer").startsWith("/stations/2/title"))
                .findFirst().orElseThrow();
        window.test(problem).click();

        assertThat(window.find(Button.class).withId("part-stations").single().getElement().getAttribute("aria-current"))
                .isEqualTo("true");
        assertThat(window.find(com.vaadin.flow.component.html.H3.class).all())
                .extracting(com.vaadin.flow.component.html.H3::getText).contains("Station 3");
        TextField english = window.find(TextField.class).withLabel("Title · en").single();
        assertThat(english.isInvalid()).isTrue();
    }

    @Test
    void theLanguagesPartCountsTheTextsAndListsThoseMissingALanguage() {
        String lea = Studio.someAuthor();
        Draft draft = Studio.validDraft(balise, lea);
        ObjectNode json = DraftJson.parse(draft.json());
        ((ObjectNode) json.path("summary")).remove("en");
        Draft incomplete = Studio.drafts(balise).save(draft, DraftJson.write(json), new Author(lea, false)).block();
        BrowserlessUIContext window = Studio.author(app, lea);
        window.navigate(DraftEditorView.class, incomplete.id());

        openPart(window, "languages");

        var missing = window.find(com.vaadin.flow.component.grid.Grid.class).withId("missing-texts").single();
        assertThat(missing.getListDataView().getItems().count()).isEqualTo(1);
        assertThat(window.find(Paragraph.class).withTextContaining("texts miss a language").exists()).isTrue();
    }

    @Test
    void changingTheKindOfARiddleWithAnAnswerAsksFirst() {
        String lea = Studio.someAuthor();
        Draft draft = Studio.validDraft(balise, lea);
        BrowserlessUIContext window = Studio.author(app, lea);
        window.navigate(DraftEditorView.class, draft.id());
        openPart(window, "stations");
        @SuppressWarnings("unchecked")
        var kind = (com.vaadin.flow.component.select.Select<Object>) window.find(
                com.vaadin.flow.component.select.Select.class).withId("stations-0-riddle-kind").single();

        window.test(kind).selectItem("Number");

        var confirm = window.find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(DraftJson.parse(Studio.reload(balise, draft).json()).at("/stations/0/riddle/type").asString())
                .as("nothing changes before the author confirms").isEqualTo("ordering");
        window.test(confirm).confirm();
        assertThat(DraftJson.parse(Studio.reload(balise, draft).json()).at("/stations/0/riddle/type").asString())
                .isEqualTo("number");
    }

    private static void openPart(BrowserlessUIContext window, String part) {
        window.test(window.find(Button.class).withId("part-" + part).single()).click();
    }
}
