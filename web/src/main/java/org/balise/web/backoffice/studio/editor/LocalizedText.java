package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.html.Div;

/** One text in each of the circuit's languages, side by side (one under the other on a narrow screen). */
public final class LocalizedText extends Div {

    LocalizedText(String label) {
        addClassName("balise-localized");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", label);
        getStyle().set("display", "grid").set("gap", "0 var(--lumo-space-m)").set("width", "100%")
                .set("grid-template-columns", "repeat(auto-fit, minmax(16rem, 1fr))");
    }
}
