package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import org.balise.engine.circuit.validate.Problem;
import org.balise.web.drafts.DraftCheck;

/**
 * The checks, always in sight beside the editor: every error and warning the engine and the studio find,
 * each leading to its field when clicked.
 */
public final class ChecksPanel extends Div {

    private final Paragraph summary = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Consumer<String> goTo;

    public ChecksPanel(Consumer<String> goTo) {
        this.goTo = goTo;
        setId("checks");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Checks");
        summary.setId("checks-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        list.getStyle().set("padding", "0").set("margin", "0").set("list-style", "none");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("overflow", "auto")
                .set("border-left", "1px solid var(--lumo-contrast-10pct)");
        add(new H3("Checks"), summary, list);
    }

    public void show(DraftCheck check, DraftDocument draft) {
        long errors = check.errors().size();
        long warnings = check.warnings().size();
        summary.setText(errors == 0 && warnings == 0 ? "No problem found: the circuit can be published."
                : count(errors, "error") + ", " + count(warnings, "warning")
                        + (errors == 0 ? ". It can be published." : ". Errors must be fixed before publishing."));
        list.removeAll();
        for (Problem problem : check.problems()) {
            list.add(item(problem, draft));
        }
    }

    private ListItem item(Problem problem, DraftDocument draft) {
        var icon = problem.isError() ? VaadinIcon.EXCLAMATION_CIRCLE.create() : VaadinIcon.WARNING.create();
        icon.setColor(problem.isError() ? "var(--lumo-error-text-color)" : "hsl(35, 90%, 35%)");
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-label", problem.isError() ? "Error" : "Warning");
        Span place = new Span(ProblemPlaces.describe(problem.pointer(), draft));
        place.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        Span message = new Span(problem.message());
        message.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        Div link = new Div(icon, new Span(" "), place, message);
        link.addClassName("balise-problem");
        link.getElement().setAttribute("role", "button");
        link.getElement().setAttribute("tabindex", "0");
        link.getElement().setAttribute("data-pointer", problem.pointer());
        link.getElement().setAttribute("data-severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
        link.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-5pct)");
        link.addClickListener(click -> goTo.accept(problem.pointer()));
        link.getElement().addEventListener("keydown", press -> goTo.accept(problem.pointer()))
                .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "' || event.key === ' '");
        return new ListItem(link);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

}
