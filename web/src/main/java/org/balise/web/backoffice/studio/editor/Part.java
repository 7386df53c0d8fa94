package org.balise.web.backoffice.studio.editor;

import java.util.List;
import org.balise.engine.circuit.validate.Pointer;

/** The parts of a circuit the editor shows one at a time, and which part a JSON pointer belongs to. */
public enum Part {
    CIRCUIT("Circuit"),
    STATIONS("Stations"),
    TRADES("Trades"),
    FINAL_RIDDLE("Final riddle"),
    MEDIA("Images"),
    LANGUAGES("Languages"),
    TRACK("Try a GPS track");

    private final String label;

    Part(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The part showing what {@code pointer} designates. */
    public static Part of(String pointer) {
        List<String> tokens = Pointer.parse(pointer).tokens();
        if (tokens.isEmpty()) {
            return CIRCUIT;
        }
        return switch (tokens.getFirst()) {
            case "stations" -> STATIONS;
            case "trades" -> TRADES;
            case "finalRiddle" -> FINAL_RIDDLE;
            case "media" -> MEDIA;
            default -> CIRCUIT;
        };
    }

    /** The station a pointer is about, or -1. */
    public static int stationIndex(String pointer) {
        List<String> tokens = Pointer.parse(pointer).tokens();
        return tokens.size() >= 2 && tokens.getFirst().equals("stations") && tokens.get(1).matches("\\d+")
                ? Integer.parseInt(tokens.get(1)) : -1;
    }
}
