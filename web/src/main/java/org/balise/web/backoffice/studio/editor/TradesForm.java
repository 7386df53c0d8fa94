package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;

/** The trades (métiers) stations show: what each is, the diplomas leading to it, and where to learn more. */
public final class TradesForm extends VerticalLayout {

    private static final Pointer TRADES = Pointer.root().at("trades");
    private static final Pointer STATIONS = Pointer.root().at("stations");

    /**
     * Levels of the European Qualifications Framework, which France's 2019 nomenclature shares, with the
     * diplomas teachers know them by.
     */
    private static final Map<Integer, String> LEVELS = levels();

    public TradesForm(EditorContext context) {
        setPadding(false);
        setId("trades-form");
        Paragraph help = new Paragraph("Stations show these trades to the teams that solve them (see each "
                + "station's rewards), with the training paths that lead to them.");
        add(new H3("Trades"), help, new ItemList(context, TRADES, "Trade", 4,
                () -> DraftJson.mapper().createObjectNode()
                        .put("id", FreeIds.among(context.draft().get(TRADES), "trade")),
                (trade, index) -> trade(context, trade)));
    }

    private static Component trade(EditorContext context, Pointer trade) {
        Fields fields = context.fields();
        var name = fields.localized(trade.at("name"), "Name", false);
        var id = MoreFields.id(fields, trade.at("id"),
                (before, after) -> followRename(context.draft(), before, after));
        var description = fields.localized(trade.at("description"), "Description", true);
        var trainings = new ItemList(context, trade.at("trainings"), "Training", 6,
                () -> DraftJson.mapper().createObjectNode(), (training, index) -> training(fields, training));
        var links = new ItemList(context, trade.at("links"), "Link", 6,
                () -> DraftJson.mapper().createObjectNode(), (link, index) -> link(fields, link));
        var onisep = fields.text(trade.at("onisepId"), "ONISEP id (optional)");
        onisep.setHelperText("The trade's id in ONISEP's data, e.g. MET.372.");
        return new FieldColumn(name, id, description, new H5("Training paths"), trainings, new H5("Links"), links,
                onisep);
    }

    private static Component training(Fields fields, Pointer training) {
        var diploma = fields.localized(training.at("diploma"), "Diploma", false);
        var level = MoreFields.wholeNumberChoice(fields, training.at("level"), "Level", LEVELS);
        return new FieldColumn(diploma, level);
    }

    private static Component link(Fields fields, Pointer link) {
        var url = fields.text(link.at("url"), "Web address");
        url.setPlaceholder("https://");
        var label = fields.localized(link.at("label"), "Link text", false);
        return new FieldColumn(url, label);
    }

    /** The stations showing the trade name it by its id: they follow it. */
    private static void followRename(DraftDocument draft, String before, String after) {
        boolean changed = false;
        for (var station : draft.get(STATIONS)) {
            changed |= IdReferences.rename(station.path("rewards").path("trades"), before, after);
        }
        if (changed) {
            draft.changed();
        }
    }

    private static Map<Integer, String> levels() {
        Map<Integer, String> levels = new LinkedHashMap<>();
        levels.put(1, "1 · Basic knowledge");
        levels.put(2, "2 · Basic work skills");
        levels.put(3, "3 · CAP");
        levels.put(4, "4 · Baccalauréat, brevet professionnel");
        levels.put(5, "5 · BTS (bac + 2)");
        levels.put(6, "6 · Licence, BUT (bac + 3)");
        levels.put(7, "7 · Master, engineering degree (bac + 5)");
        levels.put(8, "8 · Doctorate");
        return Collections.unmodifiableMap(levels);
    }
}
