package org.balise.web.game;

import java.util.List;
import java.util.function.Supplier;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.view.PlayerView;
import org.jspecify.annotations.Nullable;

/**
 * What a team's phones get back: the team's view now, what the command caused, and a version string that
 * changes whenever the view may have.
 *
 * <p>The view and the circuit's area are made on first reading, and once: most positions are answered
 * without them (docs/benchmarks.md). Thread-safe.
 */
public final class TeamOutcome {

    private final String sequence;
    private final String mediaBase;
    private final List<TeamEvent> events;
    private final Supplier<@Nullable CircuitArea> areaMaker;
    private final Supplier<PlayerView> viewMaker;
    private volatile @Nullable PlayerView view;
    private volatile boolean areaMade;
    private volatile @Nullable CircuitArea area;

    /**
     * @param areaMaker makes the box around the circuit's zones (null indoors)
     * @param viewMaker makes the view at the instant of the outcome
     */
    public TeamOutcome(String sequence, String mediaBase, Supplier<@Nullable CircuitArea> areaMaker,
            Supplier<PlayerView> viewMaker, List<TeamEvent> events) {
        this.sequence = sequence;
        this.mediaBase = mediaBase;
        this.events = List.copyOf(events);
        this.areaMaker = areaMaker;
        this.viewMaker = viewMaker;
    }

    public String sequence() {
        return sequence;
    }

    public String mediaBase() {
        return mediaBase;
    }

    public List<TeamEvent> events() {
        return events;
    }

    public PlayerView view() {
        PlayerView made = view;
        if (made == null) {
            made = viewMaker.get();
            view = made;
        }
        return made;
    }

    public @Nullable CircuitArea area() {
        if (!areaMade) {
            area = areaMaker.get();
            areaMade = true;
        }
        return area;
    }

    @Override
    public String toString() {
        return "TeamOutcome[" + sequence + ", " + events.size() + " events]";
    }
}
