package org.balise.web.backoffice.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.balise.web.RunningBalise;
import org.balise.web.backoffice.BackOfficeViewTest;
import org.balise.web.drafts.Author;
import org.balise.web.drafts.Draft;
import org.junit.jupiter.api.Test;

class StudioCircuitsViewTest extends BackOfficeViewTest {

    StudioCircuitsViewTest(RunningBalise balise) {
        super(balise);
    }

    @Test
    void anAuthorCreatesACircuitAndLandsInItsEditor() {
        String lea = Studio.someAuthor();
        BrowserlessUIContext window = Studio.author(app, lea);
        window.navigate(CircuitsView.class);

        window.test(window.find(Button.class).withId("new-circuit").single()).click();
        window.find(TextField.class).withId("new-circuit-title").single().setValue("Les toits de Dijon");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> languages = window.find(MultiSelectComboBox.class).withId("new-circuit-languages").single();
        languages.setValue(Set.of("fr", "en"));
        window.test(window.find(Button.class).withId("new-circuit-create").single()).click();

        assertThat(window.getCurrentView()).isInstanceOf(DraftEditorView.class);
        assertThat(window.find(H2.class).all()).extracting(H2::getText).contains("Les toits de Dijon");
        assertThat(Studio.drafts(balise).visibleTo(new Author(lea, false)).map(Draft::circuitId).collectList().block())
                .containsExactly("les-toits-de-dijon");
    }

    @Test
    void theListShowsTheAuthorsDraftsAndThePublishedVersions() {
        String lea = Studio.someAuthor();
        Draft mine = Studio.validDraft(balise, lea);
        Studio.validDraft(balise, Studio.someAuthor());
        BrowserlessUIContext window = Studio.author(app, lea);
        window.navigate(CircuitsView.class);

        Grid<Draft> drafts = window.find(Grid.class).withId("drafts").single();
        assertThat(drafts.getListDataView().getItems().map(Draft::id)).containsExactly(mine.id());
        Grid<?> published = window.find(Grid.class).withId("published").single();
        assertThat(published.getListDataView().getItems().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aBrokenFileIsRefusedAndNoDraftIsMade() {
        String lea = Studio.someAuthor();
        BrowserlessUIContext window = Studio.author(app, lea);
        CircuitsView view = window.navigate(CircuitsView.class);

        view.importJson("{ \"id\": ");

        assertThat(window.getCurrentView()).isInstanceOf(CircuitsView.class);
        assertThat(Studio.drafts(balise).visibleTo(new Author(lea, false)).collectList().block()).isEmpty();
    }

    @Test
    void anImportedFileOpensInTheEditorWithItsProblems() {
        String lea = Studio.someAuthor();
        BrowserlessUIContext window = Studio.author(app, lea);
        CircuitsView view = window.navigate(CircuitsView.class);

        view.importJson("{\"id\": \"half-written\", \"version\": \"1.0.0\"}");

        assertThat(window.getCurrentView()).isInstanceOf(DraftEditorView.class);
        assertThat(window.find(com.vaadin.flow.component.html.Paragraph.class).withId("checks-summary").single().getText())
                .contains("error");
    }

    @Test
    void theStudioIsForAuthorsAndAdministratorsOnly() {
        BrowserlessUIContext teacher = app.newUser("teacher-" + Studio.someAuthor(), "TEACHER").newWindow();

        Component shown = teacher.navigate("studio", Component.class);

        assertThat(shown).isNotInstanceOf(CircuitsView.class);
        teacher.navigate("", Component.class);
        assertThat(teacher.find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Studio");
        BrowserlessUIContext author = Studio.author(app, Studio.someAuthor());
        author.navigate("", Component.class);
        assertThat(author.find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Studio");
    }

    @Test
    void anotherAuthorsDraftDoesNotOpen() {
        Draft leas = Studio.validDraft(balise, Studio.someAuthor());
        BrowserlessUIContext max = Studio.author(app, Studio.someAuthor());

        Component shown = max.navigate("studio/drafts/" + leas.id(), Component.class);

        assertThat(shown).isInstanceOf(CircuitsView.class);
    }
}
