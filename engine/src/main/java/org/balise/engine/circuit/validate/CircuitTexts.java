package org.balise.engine.circuit.validate;

import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.circuit.model.Media;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.model.Trade;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.i18n.CompletenessReport;
import org.balise.engine.i18n.LocalizedText;
import org.balise.engine.i18n.Translatable;
import org.jspecify.annotations.Nullable;

/**
 * Every localized text of a circuit with its pointer: what translators must write, and what the
 * completeness report checks. A new localized component of the model must be added here; the test that
 * strips a language from the sample circuit's file and expects one missing translation per text guards it.
 */
public final class CircuitTexts {

    private CircuitTexts() {
    }

    /** The circuit's texts, in the order of the format's documentation. */
    public static List<Translatable> of(Circuit circuit) {
        List<Translatable> texts = new ArrayList<>();
        Pointer root = Pointer.root();
        add(texts, root.at("title"), circuit.title());
        add(texts, root.at("summary"), circuit.summary());
        add(texts, root.at("credits").at("notice"), circuit.credits().notice());
        for (int i = 0; i < circuit.media().size(); i++) {
            Media media = circuit.media().get(i);
            add(texts, root.at("media").at(i).at("alt"), media.alt());
        }
        for (int i = 0; i < circuit.trades().size(); i++) {
            addTrade(texts, root.at("trades").at(i), circuit.trades().get(i));
        }
        for (int i = 0; i < circuit.stations().size(); i++) {
            addStation(texts, Sites.station(i), circuit.stations().get(i));
        }
        FinalRiddle finalRiddle = circuit.finalRiddle();
        if (finalRiddle != null) {
            add(texts, Sites.FINAL_RIDDLE.at("title"), finalRiddle.title());
            addRiddle(texts, Sites.FINAL_RIDDLE.at("riddle"), finalRiddle.riddle());
            addHints(texts, Sites.FINAL_RIDDLE.at("hints"), finalRiddle.hints());
        }
        return List.copyOf(texts);
    }

    /** Every translation the circuit lacks in its declared languages. */
    public static CompletenessReport completeness(Circuit circuit) {
        return CompletenessReport.of(circuit.languages(), of(circuit));
    }

    private static void addTrade(List<Translatable> texts, Pointer at, Trade trade) {
        add(texts, at.at("name"), trade.name());
        add(texts, at.at("description"), trade.description());
        for (int j = 0; j < trade.trainings().size(); j++) {
            add(texts, at.at("trainings").at(j).at("diploma"), trade.trainings().get(j).diploma());
        }
        for (int j = 0; j < trade.links().size(); j++) {
            add(texts, at.at("links").at(j).at("label"), trade.links().get(j).label());
        }
    }

    private static void addStation(List<Translatable> texts, Pointer at, Station station) {
        add(texts, at.at("title"), station.title());
        if (station.onSite() != null) {
            add(texts, at.at("onSite").at("description"), station.onSite().description());
        }
        if (station.virtual() != null) {
            add(texts, at.at("virtual").at("description"), station.virtual().description());
        }
        addRiddle(texts, at.at("riddle"), station.riddle());
        if (station.virtualRiddle() != null) {
            addRiddle(texts, at.at("virtualRiddle"), station.virtualRiddle());
        }
        addHints(texts, at.at("hints"), station.hints());
        if (station.rewards().clue() != null) {
            add(texts, at.at("rewards").at("clue").at("text"), station.rewards().clue().text());
        }
    }

    private static void addRiddle(List<Translatable> texts, Pointer at, Riddle riddle) {
        add(texts, at.at("question"), riddle.question());
        switch (riddle) {
            case TextRiddle ignored -> { }
            case NumberRiddle number -> add(texts, at.at("unit"), number.unit());
            case SingleChoiceRiddle choice -> addOptions(texts, at.at("options"), choice.options());
            case MultipleChoiceRiddle choice -> addOptions(texts, at.at("options"), choice.options());
            case OrderingRiddle ordering -> addOptions(texts, at.at("items"), ordering.items());
            case CodeRiddle ignored -> { }
            case LocationRiddle ignored -> { }
            case PhotoRiddle photo -> add(texts, at.at("answer").at("guidance"), photo.answer().guidance());
        }
    }

    private static void addOptions(List<Translatable> texts, Pointer at, List<Option> options) {
        for (int j = 0; j < options.size(); j++) {
            add(texts, at.at(j).at("text"), options.get(j).text());
        }
    }

    private static void addHints(List<Translatable> texts, Pointer at, List<Hint> hints) {
        for (int j = 0; j < hints.size(); j++) {
            add(texts, at.at(j).at("text"), hints.get(j).text());
        }
    }

    private static void add(List<Translatable> texts, Pointer pointer, @Nullable LocalizedText text) {
        if (text != null) {
            texts.add(new Translatable(pointer.toString(), text));
        }
    }
}
