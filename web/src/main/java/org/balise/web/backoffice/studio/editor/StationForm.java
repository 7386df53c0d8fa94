package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;

/** Everything about one station: where it is, how presence is decided, what teams read, the riddle and its rewards. */
final class StationForm extends VerticalLayout {

    StationForm(EditorContext context, int index, CircuitNames names) {
        Fields fields = context.fields();
        DraftDocument draft = context.draft();
        Pointer station = Pointer.root().at("stations").at(index);
        setPadding(false);
        setId("station-form");

        var id = MoreFields.id(fields, station.at("id"), (before, after) -> {
            renameStation(draft, before, after);
            context.redraw();
        });
        var title = fields.localized(station.at("title"), "Title", false);
        Checkbox surveyed = fields.checkbox(station.at("surveyed"), "Coordinates checked on site", false);

        add(new H3("Station " + (index + 1)), id, title, new H4("Place"), new ZoneFields(context, station.at("zone")),
                surveyed, presence(fields, station.at("presence")), new H4("Other proofs of presence"),
                new FallbackProofsField(fields, station.at("fallbackProofs")));

        if ("graph".equals(draft.text(Pointer.root().at("progression").at("type")))) {
            List<String> others = names.stationIds().stream()
                    .filter(other -> !other.equals(draft.text(station.at("id")))).toList();
            var requires = fields.ids(station.at("requires").at("stations"), "Opens after solving", others);
            requires.setHelperText("Empty: the station is open from the start.");
            var atLeast = fields.integer(station.at("requires").at("atLeast"), "How many of them are enough");
            atLeast.setHelperText("Empty: all of them.");
            add(new H4("Unlock rule"), requires, atLeast);
        }

        List<String> modes = names.modes();
        if (modes.contains("on-site") || draft.get(station.at("onSite")).isObject()) {
            add(new H4("On site"), fields.localized(station.at("onSite").at("description"), "On-site text", true),
                    fields.ids(station.at("onSite").at("media"), "On-site images", names.mediaIds()));
        }
        if (modes.contains("virtual") || draft.get(station.at("virtual")).isObject()) {
            Checkbox findOnMap = fields.checkbox(station.at("virtual").at("findOnMap"),
                    "Teams must first find the place on the map", false);
            add(new H4("Virtual"), fields.localized(station.at("virtual").at("description"), "Virtual text", true),
                    findOnMap, fields.ids(station.at("virtual").at("media"), "Virtual images", names.mediaIds()));
        }

        add(new H4("Riddle"), new RiddleForm(context, station.at("riddle"), names.mediaIds()));
        if (modes.contains("virtual")) {
            add(virtualRiddle(context, station, names));
        }
        var points = fields.integer(station.at("points"), "Points");
        var timeLimit = fields.integer(station.at("timeLimitSeconds"), "Time limit (seconds)");
        timeLimit.setHelperText("Empty: no limit.");
        FlexLayout scoring = new FlexLayout(points, timeLimit);
        scoring.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        scoring.getStyle().set("gap", "0 var(--lumo-space-m)");
        points.setWidth("12rem");
        timeLimit.setWidth("12rem");
        add(scoring, new H4("Hints"), new HintsForm(context, station.at("hints")),
                new H4("Rewards"), new RewardsForm(context, station.at("rewards"), names.tradeIds()));
    }

    /** Follows a station's new id where the circuit names it: unlock rules, the rotation's loop, routes. */
    private static void renameStation(DraftDocument draft, String before, String after) {
        boolean changed = false;
        for (var other : draft.get(Pointer.root().at("stations"))) {
            changed |= IdReferences.rename(other.path("requires").path("stations"), before, after);
        }
        changed |= IdReferences.rename(draft.get(Pointer.root().at("progression").at("loop")), before, after);
        for (var route : draft.get(Pointer.root().at("progression").at("routes"))) {
            changed |= IdReferences.rename(route.path("stations"), before, after);
        }
        if (changed) {
            draft.changed();
        }
    }

    private static VerticalLayout virtualRiddle(EditorContext context, Pointer station, CircuitNames names) {
        DraftDocument draft = context.draft();
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        Checkbox different = new Checkbox("A different riddle in the virtual mode",
                draft.get(station.at("virtualRiddle")).isObject());
        different.setTooltipText("For an on-site riddle that needs to look at the place.");
        different.addValueChangeListener(change -> {
            if (change.getValue()) {
                JsonNode riddle = draft.get(station.at("riddle"));
                draft.set(station.at("virtualRiddle"), riddle.isObject() ? riddle.deepCopy()
                        : DraftJson.mapper().createObjectNode().put("type", "text"));
            } else {
                draft.remove(station.at("virtualRiddle"));
            }
            context.redraw();
        });
        part.add(different);
        if (different.getValue()) {
            part.add(new RiddleForm(context, station.at("virtualRiddle"), names.mediaIds()));
        }
        return part;
    }

    private static Details presence(Fields fields, Pointer presence) {
        Map<String, String> policies = new LinkedHashMap<>();
        policies.put("distance-within-radius", "The position is in the zone and precise enough (default)");
        policies.put("accuracy-circle-inside", "Strict: the whole uncertainty circle is in the zone");
        policies.put("accuracy-circle-touches", "Lenient: the uncertainty circle touches the zone");
        var policy = fields.choice(presence.at("accuracyPolicy"), "Accuracy policy", policies, true);
        var dwell = fields.integer(presence.at("dwellSeconds"), "Dwell (seconds)");
        dwell.setHelperText("How long the team must stay inside. Default 10.");
        var maxAccuracy = fields.decimal(presence.at("maxAccuracy"), "Maximum accuracy (metres)");
        maxAccuracy.setHelperText("Less precise positions never count. Default 50.");
        var consecutive = fields.integer(presence.at("consecutiveFixes"), "Positions in a row inside");
        consecutive.setHelperText("Default 2.");
        var exitMargin = fields.decimal(presence.at("exitMargin"), "Exit margin (metres)");
        exitMargin.setHelperText("A team leaves only once this far outside. Default 15.");
        var crossing = fields.checkbox(presence.at("segmentCrossing"), "Count a fast track jumping over the zone "
                + "(bikes, cars)", true);
        VerticalLayout body = new VerticalLayout(policy, dwell, maxAccuracy, consecutive, exitMargin, crossing);
        body.setPadding(false);
        Details details = new Details("Presence rule (defaults suit walking in a town)", body);
        details.setWidthFull();
        return details;
    }
}
