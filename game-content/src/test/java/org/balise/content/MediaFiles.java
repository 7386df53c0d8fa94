package org.balise.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.engine.circuit.validate.Problem;

/**
 * The check the engine cannot make, since it reads no files: every media path names a file next to the
 * circuit.
 */
final class MediaFiles {

    private MediaFiles() {
    }

    static List<Problem> missing(Circuit circuit, Path circuitFolder) {
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < circuit.media().size(); k++) {
            String path = circuit.media().get(k).path();
            if (!Files.isRegularFile(circuitFolder.resolve(path))) {
                problems.add(Problem.error(Pointer.root().at("media").at(k).at("path"),
                        "There is no file " + path + " in the circuit's folder."));
            }
        }
        return problems;
    }
}
