package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;

/**
 * How complete each language is: how many texts are written in it, and the list of texts still missing a
 * language, each leading to its field.
 */
public final class LanguagesPart extends VerticalLayout {

    public LanguagesPart(DraftDocument draft, Consumer<String> goTo) {
        setPadding(false);
        setId("languages-part");
        LanguageCompleteness completeness = LanguageCompleteness.of(draft);
        add(new H3("Languages"));
        Grid<String> totals = new Grid<>();
        totals.setId("language-totals");
        totals.addColumn(LanguageNames::label).setHeader("Language").setAutoWidth(true);
        totals.addColumn(language -> completeness.written(language) + " of " + completeness.texts().size())
                .setHeader("Texts written").setAutoWidth(true);
        totals.addColumn(language -> completeness.texts().size() - completeness.written(language))
                .setHeader("Missing").setAutoWidth(true);
        totals.setItems(completeness.languages());
        totals.setAllRowsVisible(true);
        totals.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(totals);

        var incomplete = completeness.incomplete();
        if (incomplete.isEmpty()) {
            add(new Paragraph("Every text is written in every language."));
            return;
        }
        Grid<LanguageCompleteness.Text> missing = new Grid<>();
        missing.setId("missing-texts");
        missing.addColumn(text -> ProblemPlaces.describe(text.pointer(), draft)).setHeader("Text").setFlexGrow(1);
        missing.addColumn(text -> String.join(", ", text.missing())).setHeader("Missing in").setAutoWidth(true);
        missing.addComponentColumn(text -> {
            Button open = new Button("Write it", click -> goTo.accept(text.pointer() + "/" + text.missing().getFirst()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setAutoWidth(true);
        missing.setItems(incomplete);
        missing.setAllRowsVisible(true);
        add(new Paragraph(incomplete.size() + " texts miss a language:"), missing);
    }
}
