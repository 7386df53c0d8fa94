package org.balise.web.backoffice.classroom.debrief;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.debrief.FinalDebrief;
import org.balise.engine.play.debrief.StationDebrief;
import org.balise.engine.play.debrief.TeamDebrief;
import org.jspecify.annotations.Nullable;

/**
 * The debrief as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read accents): one line per team
 * and station, the final riddle as station {@code #final}, instants in ISO 8601, durations in seconds.
 *
 * <p>Team names are typed by pupils: a cell that a spreadsheet would take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @}) is prefixed with an apostrophe.
 */
final class DebriefCsv {

    static final List<String> HEADER = List.of("team", "language", "route", "score", "finished_at",
            "played_seconds", "station_id", "station", "reached", "arrived_at", "arrived_by", "proved_by", "flags",
            "solved", "solved_at", "solved_by", "wrong_answers", "wrong_codes", "rejected_photos", "hints",
            "hint_cost", "points", "time_bonus", "late", "time_spent_seconds", "trades");

    private DebriefCsv() {
    }

    static byte[] of(List<TeamDebrief> teams) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADER);
        for (TeamDebrief team : teams) {
            for (StationDebrief station : team.stations()) {
                line(csv, station(team, station));
            }
            FinalDebrief finalRiddle = team.finalRiddle();
            if (finalRiddle != null) {
                line(csv, finalRiddle(team, finalRiddle));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> station(TeamDebrief team, StationDebrief station) {
        List<String> cells = teamCells(team);
        cells.addAll(List.of(station.stationId(), station.title(), String.valueOf(station.reached()),
                instant(station.arrivedAt()), station.arrivedBy() == null ? "" : station.arrivedBy().name(),
                station.provedBy() == null ? "" : station.provedBy(),
                station.flags().stream().map(Enum::name).collect(Collectors.joining(" ")),
                String.valueOf(station.solved()), instant(station.solvedAt()),
                station.solvedBy() == null ? "" : station.solvedBy().name(),
                String.valueOf(station.wrongAttempts()), String.valueOf(station.wrongCodes()),
                String.valueOf(station.rejectedPhotos()), String.valueOf(station.hints().size()),
                String.valueOf(station.hintCost()), String.valueOf(station.points()),
                String.valueOf(station.timeBonus()), String.valueOf(station.late()), seconds(station.timeSpent()),
                String.join(" ", team.trades())));
        return cells;
    }

    private static List<String> finalRiddle(TeamDebrief team, FinalDebrief riddle) {
        List<String> cells = teamCells(team);
        cells.addAll(List.of(RiddleKeys.FINAL, "Final riddle", String.valueOf(riddle.openedAt() != null),
                instant(riddle.openedAt()), "", "", "", String.valueOf(riddle.solved()), instant(riddle.solvedAt()),
                riddle.solved() ? "ANSWER" : "", String.valueOf(riddle.wrongAttempts()), "0", "0",
                String.valueOf(riddle.hints().size()), String.valueOf(riddle.hintCost()),
                String.valueOf(riddle.points()), "0", "false", "", String.join(" ", team.trades())));
        return cells;
    }

    private static List<String> teamCells(TeamDebrief team) {
        return new ArrayList<>(List.of(team.name(), team.language(), team.routeId() == null ? "" : team.routeId(),
                String.valueOf(team.score()), instant(team.finishedAt()), seconds(team.playedTime())));
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(DebriefCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+");
    }

    private static String instant(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String seconds(@Nullable Duration duration) {
        return duration == null ? "" : String.valueOf(duration.toSeconds());
    }
}
