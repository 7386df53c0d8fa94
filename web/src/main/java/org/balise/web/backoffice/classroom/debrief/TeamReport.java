package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.play.debrief.FinalDebrief;
import org.balise.engine.play.debrief.ScoreBreakdown;
import org.balise.engine.play.debrief.StationDebrief;
import org.balise.engine.play.debrief.TeamDebrief;

/** What one team did, station by station, and the trades it met: shown in the debrief and printed for its pupils. */
final class TeamReport extends Section {

    TeamReport(TeamDebrief team, Circuit circuit, String language) {
        addClassName("team-report");
        getElement().setAttribute("data-team", team.teamId());
        ScoreBreakdown score = team.breakdown();
        add(new H2(team.name()),
                new Paragraph("Score " + team.score() + " (riddles " + score.riddlePoints() + ", time bonus "
                        + score.timeBonus() + ", hints " + score.hintCosts() + ", teacher " + score.awards() + ") · "
                        + team.stationsSolved() + " of " + team.stations().size() + " stations solved · played "
                        + Durations.of(team.playedTime()) + (team.finished() ? " · finished at "
                        + Durations.clock(team.finishedAt()) : "")),
                new Paragraph(team.wrongAttempts() + " wrong answers · " + team.hintsTaken() + " hints taken"
                        + (team.suspiciousFixes() > 0 ? " · " + team.suspiciousFixes() + " suspicious positions" : "")));
        add(new H3("Stations"), Tables.of(
                List.of("Station", "Reached", "Arrived", "Riddle", "Wrong", "Hints", "Points", "Time"),
                team.stations().stream().map(TeamReport::row).toList()));
        FinalDebrief finalRiddle = team.finalRiddle();
        if (finalRiddle != null) {
            add(new H3("Final riddle"), new Paragraph(finalRiddle.solved()
                    ? "Solved at " + Durations.clock(finalRiddle.solvedAt()) + " for " + finalRiddle.points()
                    + " points, after " + finalRiddle.wrongAttempts() + " wrong answers and "
                    + finalRiddle.hints().size() + " hints."
                    : finalRiddle.openedAt() == null ? "Not opened." : "Opened, not solved."));
        }
        add(new TradesSection(circuit, team.trades(), language));
    }

    private static List<String> row(StationDebrief station) {
        List<String> cells = new ArrayList<>();
        cells.add(station.title());
        cells.add(Arrivals.reached(station));
        cells.add(Durations.clock(station.arrivedAt()));
        cells.add(Arrivals.solved(station));
        cells.add(String.valueOf(station.wrongAttempts() + station.wrongCodes()));
        cells.add(String.valueOf(station.hints().size()));
        cells.add(String.valueOf(station.points() + station.timeBonus()));
        cells.add(Durations.of(station.timeSpent()));
        return cells;
    }
}
