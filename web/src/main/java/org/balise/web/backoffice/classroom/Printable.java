package org.balise.web.backoffice.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * What makes a page printable: A4 margins, black on white, and the screen-only controls hidden on paper.
 * The style sheet is inlined because Balise adds no front-end resources of its own to Vaadin's pre-built
 * bundle (ARCHITECTURE.md, production mode).
 */
public final class Printable {

    /** Put on every control that has no place on paper. */
    public static final String SCREEN_ONLY = "balise-screen-only";
    /** Put on the element holding the printed content. */
    public static final String PAGE = "balise-printable";

    private static final String CSS = """
            <style>
            @page { size: A4; margin: 14mm; }
            .balise-printable { max-width: 60rem; margin: 0 auto; padding: var(--lumo-space-m); color: #000;
              font-family: var(--lumo-font-family); }
            .balise-printable table { border-collapse: collapse; width: 100%; margin-block: 0.5em; }
            .balise-printable th, .balise-printable td { border: 1px solid #999; padding: 3px 6px; text-align: left;
              vertical-align: top; font-size: 0.9em; }
            @media print {
              .balise-screen-only { display: none !important; }
              html, body { background: #fff !important; }
              .balise-printable { padding: 0; }
              .balise-printable section, .balise-printable tr { break-inside: avoid; }
            }
            </style>""";

    private Printable() {
    }

    /** The print style sheet, to add once to a printable page. */
    public static Component styles() {
        return new Html(CSS);
    }

    /**
     * What a printable view shows: on screen, a print button and a way back; then the page, styled for paper.
     */
    public static Component[] page(String backLabel, Runnable back, Component... content) {
        HorizontalLayout toolbar = new HorizontalLayout(printButton(), new Button(backLabel, click -> back.run()));
        toolbar.addClassName(SCREEN_ONLY);
        Div page = new Div(styles());
        page.add(content);
        page.addClassName(PAGE);
        return new Component[] {toolbar, page};
    }

    /** A button that opens the browser's print dialog; hidden on paper. */
    public static Button printButton() {
        Button print = new Button("Print", VaadinIcon.PRINT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName(SCREEN_ONLY);
        return print;
    }
}
