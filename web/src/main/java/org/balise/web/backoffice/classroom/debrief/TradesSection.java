package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Link;
import org.balise.engine.circuit.model.Trade;
import org.balise.engine.circuit.model.Training;

/** The trades a team (or a class) discovered, each with its training paths: what pupils may study to do it. */
final class TradesSection extends Section {

    TradesSection(Circuit circuit, List<String> tradeIds, String language) {
        addClassName("trades");
        add(new H3("Trades discovered"));
        if (tradeIds.isEmpty()) {
            add(new Paragraph("No trade discovered yet."));
            return;
        }
        for (String tradeId : tradeIds) {
            circuit.trade(tradeId).ifPresent(trade -> add(trade(circuit, trade, language)));
        }
    }

    private static Section trade(Circuit circuit, Trade trade, String language) {
        Section section = new Section(new H4(text(circuit, trade.name(), language)),
                new Paragraph(text(circuit, trade.description(), language)));
        if (!trade.trainings().isEmpty()) {
            UnorderedList paths = new UnorderedList();
            trade.trainings().stream()
                    .sorted(java.util.Comparator.comparingInt(Training::level))
                    .forEach(training -> paths.add(new ListItem(text(circuit, training.diploma(), language)
                            + " — level " + training.level())));
            section.add(new Paragraph("Training paths:"), paths);
        }
        for (Link link : trade.links()) {
            section.add(new Paragraph(text(circuit, link.label(), language) + ": " + link.url()));
        }
        return section;
    }

    private static String text(Circuit circuit, org.balise.engine.i18n.LocalizedText text, String language) {
        return circuit.languages().resolve(text, language);
    }
}
