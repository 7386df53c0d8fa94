package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.balise.engine.circuit.validate.Pointer;

/**
 * The routes of a "routes" progression: each team follows one of them, through its own stations (a rally
 * where each pair of players gets its route).
 */
final class RoutesForm extends VerticalLayout {

    RoutesForm(EditorContext context, List<String> stationIds) {
        setPadding(false);
        Pointer progression = Pointer.root().at("progression");
        Pointer routes = progression.at("routes");
        Pointer inOrderAt = progression.at("inOrder");
        // The format's default is true: ticked writes nothing, unticked writes false.
        Checkbox inOrder = new Checkbox("Each route is played in its listed order",
                context.draft().get(inOrderAt).asBoolean(true));
        inOrder.addValueChangeListener(change -> {
            if (change.getValue()) {
                context.draft().remove(inOrderAt);
            } else {
                context.draft().setBoolean(inOrderAt, false);
            }
        });
        context.fields().bound(inOrderAt, inOrder);
        ItemList list = new ItemList(context, routes, "Route", 4,
                () -> context.draft().root().objectNode().put("id", FreeIds.among(context.draft().get(routes), "route")),
                (route, index) -> {
                    VerticalLayout fields = new VerticalLayout(context.fields().text(route.at("id"), "Id"),
                            context.fields().ids(route.at("stations"), "Stations, in the order chosen", stationIds));
                    fields.setPadding(false);
                    return fields;
                });
        add(inOrder, list);
    }
}
