package org.balise.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;

/** The shipped circuits, loaded by the engine as the tests need them. */
final class Circuits {

    static final String FONTAINE = "fontaine-des-metiers";
    static final String BATIMENT = "batiment-intelligent";
    static final String RALLYE = "rallye";

    private Circuits() {
    }

    /** The folder of the shipped circuit with this id. */
    static Path folder(String id) {
        return Corpus.SHIPPED.resolve(id);
    }

    /**
     * The shipped circuit with this id, as the engine loads it.
     *
     * @throws IllegalStateException if the engine rejects it (ShippedCircuitsTest then says why)
     */
    static Circuit shipped(String id) {
        try {
            LoadResult result = Corpus.LOADER.load(Files.readAllBytes(folder(id).resolve("circuit.json")));
            if (result instanceof LoadResult.Loaded loaded) {
                return loaded.circuit();
            }
            throw new IllegalStateException("The engine rejects circuit " + id + ": " + result.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
