package org.balise.web.backoffice.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.balise.web.backoffice.studio.editor.Part;

/**
 * The editor's parts as a row of buttons, the current one marked for eyes and for screen readers
 * ({@code aria-current}). Buttons rather than tabs: the parts are not tab panels side by side but one form
 * redrawn, and Vaadin's tabs fail an accessibility rule about their children.
 */
final class PartsNavigation extends Nav {

    private final Map<Part, Button> buttons = new EnumMap<>(Part.class);

    PartsNavigation(Consumer<Part> chosen) {
        getElement().setAttribute("aria-label", "Parts of the circuit");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-xs)")
                .set("width", "100%");
        for (Part part : Part.values()) {
            Button button = new Button(part.label(), click -> chosen.accept(part));
            button.setId("part-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            buttons.put(part, button);
            add(button);
        }
    }

    void show(Part current) {
        buttons.forEach((part, button) -> {
            boolean isCurrent = part == current;
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
            button.addThemeVariants(isCurrent ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            if (isCurrent) {
                button.getElement().setAttribute("aria-current", "true");
            } else {
                button.getElement().removeAttribute("aria-current");
            }
        });
    }
}
