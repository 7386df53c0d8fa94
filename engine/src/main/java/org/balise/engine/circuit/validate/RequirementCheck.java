package org.balise.engine.circuit.validate;

import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Requirement;

/**
 * A station's {@code requires} belongs to a graph progression only, and never asks for more stations than
 * it lists.
 */
final class RequirementCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        boolean graph = circuit.progression() instanceof Progression.Graph;
        for (int i = 0; i < circuit.stations().size(); i++) {
            Requirement requires = circuit.stations().get(i).requires();
            if (requires == null) {
                continue;
            }
            Pointer at = Sites.station(i).at("requires");
            if (!graph) {
                problems.error(at, "This station lists the stations it requires, but only a graph progression uses"
                        + " them and this circuit's progression is " + circuit.progression().kind() + ".");
            } else if (requires.atLeast() > requires.stations().size()) {
                problems.error(at.at("atLeast"), "This station requires at least " + requires.atLeast()
                        + " stations but lists only " + requires.stations().size() + ", so it can never open.");
            }
        }
    }
}
