package org.balise.engine.circuit.validate;

import java.util.HashSet;
import java.util.Set;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Progression;

/** With a rotation or routes, every station is on the loop or on some route, or no team would ever reach it. */
final class CoverageCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        Set<String> covered = new HashSet<>();
        String where;
        switch (circuit.progression()) {
            case Progression.Rotation rotation -> {
                covered.addAll(rotation.loop());
                where = "is not in the rotation's loop (/progression/loop)";
            }
            case Progression.Routes routes -> {
                routes.routes().forEach(route -> covered.addAll(route.stations()));
                where = "is on none of the routes (/progression/routes)";
            }
            default -> {
                return;
            }
        }
        for (int i = 0; i < circuit.stations().size(); i++) {
            if (!covered.contains(circuit.stations().get(i).id())) {
                problems.error(Sites.station(i), "This station " + where + ", so no team will ever reach it.");
            }
        }
    }
}
