package org.balise.web.backoffice.classroom;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.geo.LatLon;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.team.TapMap;
import org.balise.engine.play.team.TeamCommand;
import org.balise.web.RunningBalise;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.SessionSettings;
import org.balise.web.game.TeamDocument;
import org.balise.web.game.TeamGame;
import org.springframework.security.core.Authentication;

/**
 * What the classroom's view tests share besides {@link org.balise.web.backoffice.BackOfficeViewTest}: a
 * teacher's window, and a class of teams played through the shared services.
 */
public final class Classroom {

    /** The shipped sample: six stations on a rotation, so team 5 starts at the photo riddle. */
    public static final String CIRCUIT = "sample";
    public static final String VERSION = "1.0.0";

    private Classroom() {
    }

    public static BrowserlessUIContext teacher(SecuredBrowserlessApplicationContext<Authentication> app, String name) {
        return app.newUser(name, "TEACHER").newWindow();
    }

    public static GameSessions games(RunningBalise balise) {
        return balise.shared().getBean(GameSessions.class);
    }

    /** A session of the sample circuit, created by {@code owner} and not started. */
    public static SessionDocument session(RunningBalise balise, String owner, Mode mode) {
        return games(balise).create(owner, new SessionSettings(CIRCUIT, VERSION, mode, List.of(), GameRules.DEFAULT,
                false, false)).block();
    }

    public static SessionDocument startedSession(RunningBalise balise, String owner, Mode mode) {
        SessionDocument session = session(balise, owner, mode);
        games(balise).start(session.id()).block();
        return session;
    }

    public static TeamDocument join(RunningBalise balise, SessionDocument session, String name) {
        String teamId = games(balise).join(session.joinCode(), name, "en").block().teamId();
        return games(balise).team(teamId).block();
    }

    public static TeamGame game(RunningBalise balise, TeamDocument team) {
        return games(balise).game(team).block();
    }

    public static void play(RunningBalise balise, TeamDocument team, TeamCommand command) {
        games(balise).play(team, command).block();
    }

    /** In the virtual mode, the team taps the map at a place. */
    public static void tap(RunningBalise balise, TeamDocument team, LatLon place) {
        play(balise, team, new TapMap(newId(), place, 5));
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Waits until what the live feed pushed reached the view: {@code roundTrip} runs the tasks that
     * {@code ui.access} queued, as a browser's next request would.
     */
    public static void awaitPushed(BrowserlessUIContext window, Duration within, BooleanSupplier condition) {
        Awaitility.await().atMost(within).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            window.roundTrip();
            return condition.getAsBoolean();
        });
    }
}
