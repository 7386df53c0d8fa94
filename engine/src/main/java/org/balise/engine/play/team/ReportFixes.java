package org.balise.engine.play.team;

import java.util.List;
import org.balise.engine.geo.Fix;
import org.balise.engine.play.TypeName;

/**
 * On site: the positions a phone measured since its last report, oldest first. Each goes through the fix
 * filter, then presence at every station near it; a team whose presence at an open station is established
 * arrives there.
 */
@TypeName("report-fixes")
public record ReportFixes(String commandId, List<Fix> fixes) implements TeamCommand {

    public ReportFixes {
        fixes = List.copyOf(fixes);
    }
}
