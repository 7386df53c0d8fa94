package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The items of an ordering riddle and their right order ({@code answer.order}, every item id once).
 *
 * <p>Players get the items shuffled, so the simplest is to list them in the right order: while the order
 * listed is the right order, adding, moving or removing an item keeps {@code answer.order} equal to the
 * items' ids. A circuit written otherwise (the sample lists its dukes out of order) keeps its order: each item
 * then shows its place in the right order, which the author may change, and ticking "The order listed is
 * the right order" writes the listed order.
 */
final class OrderingItemsForm extends VerticalLayout {

    private final EditorContext context;
    private final DraftDocument draft;
    private final Pointer items;
    private final Pointer order;
    private final List<Select<Integer>> places = new ArrayList<>();
    private boolean listedIsRight;

    OrderingItemsForm(EditorContext context, Pointer riddle) {
        this.context = context;
        this.draft = context.draft();
        this.items = riddle.at("items");
        this.order = riddle.at("answer").at("order");
        this.listedIsRight = draft.get(order).isArray() && rightOrder().equals(itemIds());
        setPadding(false);

        Paragraph help = new Paragraph("Teams get the items shuffled and must put them back in the right order.");
        help.getStyle().set("margin", "0");
        Checkbox listed = new Checkbox("The order listed is the right order", listedIsRight);
        listed.setId(DomIds.of(riddle, "listed-order"));
        listed.addValueChangeListener(change -> useListedOrder(change.getValue()));
        ItemList list = new ItemList(context, items, "Item", 5, this::newItem, this::item)
                .whenRearranged(this::keepOrder);
        context.fields().bound(order, list);
        add(help, listed, list);
    }

    private JsonNode newItem() {
        return DraftJson.mapper().createObjectNode().put("id", FreeIds.among(draft.get(items), "item"));
    }

    private Component item(Pointer item, int index) {
        Fields fields = context.fields();
        var text = fields.localized(item.at("text"), "Text", false);
        var id = MoreFields.id(fields, item.at("id"), this::renamed);
        Select<Integer> place = new Select<>();
        place.setLabel("Place in the right order");
        place.setItems(IntStream.rangeClosed(1, draft.get(items).size()).boxed().toList());
        place.setItemLabelGenerator(OrderingItemsForm::ordinal);
        place.setId(DomIds.of(item, "place"));
        showPlace(place, item);
        place.setVisible(!listedIsRight);
        place.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                moveTo(item, change.getValue());
            }
        });
        places.add(place);
        return new FieldColumn(text, id, place);
    }

    private void useListedOrder(boolean listed) {
        listedIsRight = listed;
        if (listed) {
            writeOrder(itemIds());
        }
        for (int k = 0; k < places.size(); k++) {
            showPlace(places.get(k), items.at(k));
            places.get(k).setVisible(!listed);
        }
    }

    private void showPlace(Select<Integer> place, Pointer item) {
        int position = completed(rightOrder()).indexOf(draft.text(item.at("id")));
        place.setValue(position < 0 ? null : position + 1);
    }

    /** Puts the item at {@code place} (from 1) in the right order, the others keeping theirs. */
    private void moveTo(Pointer item, int place) {
        String id = draft.text(item.at("id"));
        List<String> right = completed(rightOrder());
        int to = Math.min(place, right.size()) - 1;
        if (id.isEmpty() || right.indexOf(id) == to) {
            return;
        }
        right.remove(id);
        right.add(to, id);
        writeOrder(right);
        context.redraw();
    }

    /** After an item is added, moved or removed: the order follows the list, or keeps its own. */
    private void keepOrder() {
        List<String> right = listedIsRight ? itemIds() : completed(rightOrder());
        if (!right.isEmpty() && draft.get(order) instanceof ArrayNode list) {
            // Changed in place: the item list saves once, after this.
            list.removeAll();
            right.forEach(list::add);
        } else {
            writeOrder(right);
        }
    }

    private void renamed(String before, String after) {
        if (IdReferences.rename(draft.get(order), before, after)) {
            draft.changed();
        }
    }

    /** The right order's ids that are still items, then the items it leaves out, in the listed order. */
    private List<String> completed(List<String> right) {
        List<String> ids = itemIds();
        List<String> completed = new ArrayList<>(right.stream().filter(ids::contains).distinct().toList());
        ids.stream().filter(id -> !completed.contains(id)).forEach(completed::add);
        return completed;
    }

    private void writeOrder(List<String> ids) {
        if (ids.isEmpty()) {
            draft.remove(order);
            return;
        }
        ArrayNode list = DraftJson.mapper().createArrayNode();
        ids.forEach(list::add);
        draft.set(order, list);
    }

    private List<String> itemIds() {
        return FreeIds.idsOf(draft.get(items)).stream().filter(id -> !id.isEmpty()).toList();
    }

    private List<String> rightOrder() {
        List<String> ids = new ArrayList<>();
        draft.get(order).forEach(id -> ids.add(id.asString("")));
        return ids;
    }

    /** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th… 21st. */
    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
