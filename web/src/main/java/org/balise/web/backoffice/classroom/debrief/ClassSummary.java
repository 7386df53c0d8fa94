package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.balise.engine.play.debrief.SessionDebrief;
import org.balise.engine.play.debrief.Standing;
import org.balise.engine.play.debrief.StationSummary;
import org.balise.engine.play.debrief.TeamDebrief;
import org.balise.web.backoffice.classroom.CircuitTitles;

/** The class as a whole: the leaderboard, each station across the teams, and every trade the class met. */
final class ClassSummary extends Section {

    ClassSummary(ClassDebrief read) {
        SessionDebrief debrief = read.debrief();
        addClassName("class-summary");
        add(new H2(CircuitTitles.of(read.circuit()) + " · session " + read.session().joinCode()),
                new Paragraph("Started " + Durations.clock(debrief.startedAt()) + " · "
                        + (debrief.endedAt() == null ? "not ended" : "ended " + Durations.clock(debrief.endedAt()))
                        + " · played " + Durations.of(debrief.playedTime()) + " · " + debrief.teams().size()
                        + " teams · mode " + debrief.mode().jsonName()));
        add(new H3("Leaderboard"), Tables.of(List.of("Rank", "Team", "Score", "Stations solved", "Finished"),
                debrief.leaderboard().stream().map(ClassSummary::standing).toList()));
        add(new H3("Stations"), Tables.of(
                List.of("Station", "On route", "Reached", "Solved", "How reached", "Wrong answers", "Hints",
                        "Average time"),
                debrief.stations().stream().map(ClassSummary::station).toList()));
        Set<String> trades = new LinkedHashSet<>();
        debrief.teams().stream().map(TeamDebrief::trades).forEach(trades::addAll);
        add(new TradesSection(read.circuit(), List.copyOf(trades), CircuitTitles.LANGUAGE));
    }

    private static List<String> standing(Standing standing) {
        return List.of(String.valueOf(standing.rank()), standing.name(), String.valueOf(standing.score()),
                String.valueOf(standing.stationsSolved()),
                standing.finished() ? Durations.clock(standing.finishedAt()) : "no");
    }

    private static List<String> station(StationSummary station) {
        String arrivals = station.arrivals().entrySet().stream()
                .map(entry -> Arrivals.method(entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        return List.of(station.title(), String.valueOf(station.teamsOnRoute()), String.valueOf(station.reached()),
                String.valueOf(station.solved()), arrivals, String.valueOf(station.wrongAttempts()),
                String.valueOf(station.hintsTaken()), Durations.of(station.averageTime()));
    }
}
