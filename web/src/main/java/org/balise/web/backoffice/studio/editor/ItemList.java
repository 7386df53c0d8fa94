package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.balise.engine.circuit.validate.Pointer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A JSON array of objects (hints, options, trades…) edited as a column of cards: each card holds one item
 * under its heading ("Hint 2"), with buttons to move it up or down or remove it, and a button under the
 * cards adds an item. Adding, moving and removing change the array in place, save, then redraw the part,
 * because the pointers of the items after the change have shifted. A list left empty is removed from the
 * draft, like any empty value.
 *
 * <p>The list registers itself at its pointer: problems about the list as a whole (too few options) show
 * under it. A form may register it at other pointers too, such as the answer naming its items.
 */
public final class ItemList extends VerticalLayout implements HasValidation {

    private final EditorContext context;
    private final Pointer pointer;
    private final String noun;
    private final List<Runnable> rearrangedListeners = new ArrayList<>();
    private final Span problems = new Span();

    /**
     * @param itemName what one item is called, capitalised: "Hint" titles the cards "Hint 1", "Hint 2"…
     * @param headingLevel the level of the cards' headings, one below the section holding the list
     * @param newItem the item the "Add" button appends, e.g. a hint with a free id
     * @param body the fields of one item
     */
    public ItemList(EditorContext context, Pointer pointer, String itemName, int headingLevel,
            Supplier<? extends JsonNode> newItem, ItemBody body) {
        this.context = context;
        this.pointer = pointer;
        this.noun = itemName.toLowerCase(Locale.ROOT);
        setPadding(false);
        setId(DomIds.of(pointer));
        context.fields().bound(pointer, this);

        JsonNode items = context.draft().get(pointer);
        int count = items.isArray() ? items.size() : 0;
        if (count == 0) {
            Paragraph none = new Paragraph("No " + noun + " yet.");
            none.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
            add(none);
        }
        for (int index = 0; index < count; index++) {
            add(card(itemName, headingLevel, index, count, body));
        }
        problems.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        problems.getElement().setAttribute("aria-live", "polite");
        problems.setVisible(false);
        Button add = new Button("Add " + noun, VaadinIcon.PLUS.create(), click -> {
            context.draft().array(pointer).add(newItem.get());
            rearranged();
        });
        add.setId(DomIds.of(pointer, "add"));
        add(problems, add);
    }

    /** Runs {@code listener} after an item is added, moved or removed, before the draft is saved. */
    public ItemList whenRearranged(Runnable listener) {
        rearrangedListeners.add(listener);
        return this;
    }

    private Card card(String itemName, int headingLevel, int index, int count, ItemBody body) {
        Pointer item = pointer.at(index);
        String label = itemName + " " + (index + 1);
        String named = noun + " " + (index + 1);
        Button up = button("Move up", VaadinIcon.ARROW_UP, "Move up " + named, () -> swap(index, index - 1));
        up.setEnabled(index > 0);
        up.setId(DomIds.of(item, "up"));
        Button down = button("Move down", VaadinIcon.ARROW_DOWN, "Move down " + named,
                () -> swap(index, index + 1));
        down.setEnabled(index < count - 1);
        down.setId(DomIds.of(item, "down"));
        Button remove = button("Remove", VaadinIcon.TRASH, "Remove " + named, () -> remove(index));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setId(DomIds.of(item, "remove"));
        FlexLayout actions = new FlexLayout(up, down, remove);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");

        Card card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.setTitle(label, headingLevel);
        card.setAriaLabel(label);
        card.setAriaRole("group");
        card.setId(DomIds.of(item));
        card.setWidthFull();
        card.add(body.fieldsOf(item, index));
        card.addToFooter(actions);
        return card;
    }

    private static Button button(String text, VaadinIcon icon, String accessibleName, Runnable action) {
        Button button = new Button(text, icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(accessibleName);
        return button;
    }

    private void swap(int index, int other) {
        ArrayNode items = context.draft().array(pointer);
        JsonNode moved = items.get(index);
        items.set(index, items.get(other));
        items.set(other, moved);
        rearranged();
    }

    private void remove(int index) {
        context.draft().array(pointer).remove(index);
        rearranged();
    }

    private void rearranged() {
        rearrangedListeners.forEach(Runnable::run);
        if (context.draft().array(pointer).isEmpty()) {
            context.draft().remove(pointer);
        } else {
            context.draft().changed();
        }
        context.redraw();
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        problems.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return problems.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        problems.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return problems.isVisible();
    }
}
