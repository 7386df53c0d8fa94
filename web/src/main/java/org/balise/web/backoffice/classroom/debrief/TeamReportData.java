package org.balise.web.backoffice.classroom.debrief;

import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.play.debrief.TeamDebrief;

/** What a team's printed report shows: its debrief, its circuit, and the language its pupils read. */
record TeamReportData(TeamDebrief debrief, Circuit circuit, String language) {
}
