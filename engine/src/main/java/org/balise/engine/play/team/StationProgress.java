package org.balise.engine.play.team;

/** A station the team reached: how, and its riddle's progress. */
public record StationProgress(String stationId, Arrival arrival, RiddleProgress riddle) {

    public boolean solved() {
        return riddle.solved();
    }

    StationProgress withRiddle(RiddleProgress newRiddle) {
        return new StationProgress(stationId, arrival, newRiddle);
    }
}
