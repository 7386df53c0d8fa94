package org.balise.engine.geo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.balise.engine.geo.FixVerdict.Accepted;
import org.jspecify.annotations.Nullable;

/** Replays a track through the fix's path (filter, then presence) and keeps what changed, and when. */
final class Replay {

    private Replay() {
    }

    /** What a replay produced: the presence changes in order, and the team's presence at the end. */
    record Outcome<K>(List<PresenceChange<K>> changes, TeamPresence<K> last, int rejected) {

        List<PresenceChange<K>> at(K key) {
            return changes.stream().filter(c -> c.key().equals(key)).toList();
        }

        List<Instant> arrivals(K key) {
            return at(key).stream()
                    .filter(c -> c.decision() instanceof PresenceDecision.Arrived)
                    .map(c -> ((PresenceDecision.Arrived) c.decision()).at())
                    .toList();
        }

        long departures(K key) {
            return at(key).stream().filter(c -> c.decision() instanceof PresenceDecision.Left).count();
        }
    }

    static <K> Outcome<K> run(List<TrackCsv.Row> rows, Map<K, ? extends Zone> stations,
            Function<? super K, PresenceRule> rules) {
        FixFilter filter = new FixFilter(FixFilter.Settings.WALKING);
        TeamPresence<K> presence = TeamPresence.start(CircuitZones.of(stations), rules);
        @Nullable Accepted last = null;
        List<PresenceChange<K>> changes = new ArrayList<>();
        int rejected = 0;
        for (TrackCsv.Row row : rows) {
            // The server's clock at reception: a second after the fix, as a phone streaming live would give.
            FixVerdict verdict = filter.judge(row.fix(), last, row.fix().time().plusSeconds(1));
            if (verdict instanceof Accepted accepted) {
                TeamPresence.Step<K> step = presence.observe(accepted);
                presence = step.next();
                changes.addAll(step.changes());
                last = accepted;
            } else {
                rejected++;
            }
        }
        return new Outcome<>(changes, presence, rejected);
    }
}
