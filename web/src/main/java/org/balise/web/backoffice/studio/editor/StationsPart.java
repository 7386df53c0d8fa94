package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.backoffice.studio.map.MapStation;
import org.balise.web.backoffice.studio.map.StationMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stations: the map of them all, their list in playing order (added, moved, removed here), and the
 * selected station's form.
 */
public final class StationsPart extends VerticalLayout {

    private static final Pointer STATIONS = Pointer.root().at("stations");

    private final EditorContext context;
    private final IntConsumer select;

    /**
     * @param selected the index of the station shown, or -1 for none
     * @param select shows another station (the editor remembers the choice across redraws)
     */
    public StationsPart(EditorContext context, StationMap map, int selected, IntConsumer select) {
        this.context = context;
        this.select = select;
        setPadding(false);
        setId("stations-part");
        DraftDocument draft = context.draft();
        JsonNode stations = draft.get(STATIONS);
        int shown = selected >= 0 && selected < stations.size() ? selected : stations.isEmpty() ? -1 : 0;

        map.show(mapStations(draft), shown < 0 ? null : draft.text(STATIONS.at(shown).at("id")));
        Paragraph help = new Paragraph(stations.isEmpty()
                ? "Add a station, then place it on the map: a circle (click, then drag its edge) or a polygon."
                : "Click a station's zone to open it. The selected station is drawn in bold: drag its centre, its "
                        + "edge or its corners.");
        help.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        add(new H3("Stations"), help, map, list(stations, shown));
        if (shown >= 0) {
            add(new StationForm(context, shown, CircuitNames.of(draft)));
        }
    }

    /** Writes a zone drawn on the map into the station with that id, marked not yet checked on site. */
    public static void placeZone(DraftDocument draft, String stationId, ObjectNode zone) {
        JsonNode stations = draft.get(STATIONS);
        for (int k = 0; k < stations.size(); k++) {
            if (stationId.equals(stations.get(k).path("id").asString(""))) {
                ObjectNode station = (ObjectNode) stations.get(k);
                if (!station.has("surveyed")) {
                    // A zone drawn on a map has not been checked on site yet; the author ticks it once it has.
                    station.put("surveyed", false);
                }
                // One change, so one save and one check.
                draft.set(STATIONS.at(k).at("zone"), zone);
                return;
            }
        }
    }

    /** The index of the station with that id, or -1. */
    public static int indexOf(DraftDocument draft, String stationId) {
        JsonNode stations = draft.get(STATIONS);
        for (int k = 0; k < stations.size(); k++) {
            if (stationId.equals(stations.get(k).path("id").asString(""))) {
                return k;
            }
        }
        return -1;
    }

    private Div list(JsonNode stations, int shown) {
        ListBox<Integer> names = new ListBox<>();
        names.setId("station-list");
        names.getElement().setAttribute("aria-label", "Stations in playing order");
        List<Integer> indexes = new ArrayList<>();
        for (int k = 0; k < stations.size(); k++) {
            indexes.add(k);
        }
        names.setItems(indexes);
        names.setItemLabelGenerator(k -> (k + 1) + ". " + label(stations.get(k)));
        if (shown >= 0) {
            names.setValue(shown);
        }
        names.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() != shown) {
                select.accept(change.getValue());
            }
        });

        Button add = new Button("Add a station", VaadinIcon.PLUS.create(), click -> {
            ArrayNode list = context.draft().array(STATIONS);
            list.add(newStation(context.draft(), list.size() + 1));
            context.draft().changed();
            select.accept(list.size() - 1);
        });
        add.setId("add-station");
        Button up = new Button("Move up", VaadinIcon.ARROW_UP.create(), click -> move(shown, shown - 1));
        up.setEnabled(shown > 0);
        Button down = new Button("Move down", VaadinIcon.ARROW_DOWN.create(), click -> move(shown, shown + 1));
        down.setEnabled(shown >= 0 && shown < stations.size() - 1);
        Button remove = new Button("Remove", VaadinIcon.TRASH.create(), click -> confirmRemoval(shown));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setEnabled(shown >= 0);
        if (shown >= 0) {
            String name = label(stations.get(shown));
            // Accessible names start with the visible text (WCAG 2.5.3), then say which station.
            up.getElement().setAttribute("aria-label", "Move up " + name);
            down.getElement().setAttribute("aria-label", "Move down " + name);
            remove.getElement().setAttribute("aria-label", "Remove " + name);
        }
        FlexLayout actions = new FlexLayout(add, up, down, remove);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        Div list = new Div(names, actions);
        list.setWidthFull();
        return list;
    }

    private void move(int from, int to) {
        ArrayNode stations = context.draft().array(STATIONS);
        JsonNode moved = stations.remove(from);
        stations.insert(to, moved);
        context.draft().changed();
        select.accept(to);
    }

    private void confirmRemoval(int index) {
        ArrayNode stations = context.draft().array(STATIONS);
        ConfirmDialog confirm = new ConfirmDialog("Remove this station?", "The station "
                + label(stations.get(index)) + " and its riddle are removed from the draft.", "Remove", yes -> {
                    stations.remove(index);
                    context.draft().changed();
                    select.accept(Math.min(index, stations.size() - 1));
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static ObjectNode newStation(DraftDocument draft, int number) {
        List<String> taken = CircuitNames.of(draft).stationIds();
        int n = number;
        while (taken.contains("station-" + n)) {
            n++;
        }
        ObjectNode station = draft.root().objectNode();
        station.put("id", "station-" + n);
        station.putObject("title");
        station.putObject("riddle").put("type", "text");
        station.put("points", 10);
        if (CircuitNames.of(draft).modes().contains("virtual")) {
            station.putObject("virtual").put("findOnMap", false);
        }
        return station;
    }

    private static List<MapStation> mapStations(DraftDocument draft) {
        List<MapStation> shown = new ArrayList<>();
        List<String> languages = draft.languages();
        for (JsonNode station : draft.get(STATIONS)) {
            String id = station.path("id").asString("");
            if (!id.isEmpty()) {
                shown.add(new MapStation(id, label(station, languages),
                        station.path("zone") instanceof ObjectNode zone ? zone : null));
            }
        }
        return shown;
    }

    private String label(JsonNode station) {
        return label(station, context.draft().languages());
    }

    private static String label(JsonNode station, List<String> languages) {
        for (String language : languages) {
            String title = station.path("title").path(language).asString("");
            if (!title.isBlank()) {
                return title;
            }
        }
        return station.path("id").asString("(no id)");
    }
}
