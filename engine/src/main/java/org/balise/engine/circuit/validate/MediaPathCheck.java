package org.balise.engine.circuit.validate;

import java.util.Arrays;
import org.balise.engine.circuit.model.Circuit;

/**
 * Media paths are relative to the circuit's folder and stay inside it, with forward slashes: the same
 * circuit then works from a jar, a folder or the store, on any system, and cannot reach other files.
 */
final class MediaPathCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        for (int k = 0; k < circuit.media().size(); k++) {
            String path = circuit.media().get(k).path();
            boolean absolute = path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.contains("://");
            boolean escapes = Arrays.stream(path.split("/")).anyMatch(segment -> segment.equals(".."));
            if (absolute || escapes || path.contains("\\")) {
                problems.error(Pointer.root().at("media").at(k).at("path"), "A media path must be relative to the"
                        + " circuit's folder, use forward slashes and stay inside that folder, such as"
                        + " \"media/fontaine.jpg\".");
            }
        }
    }
}
