package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.balise.engine.play.MessageKind;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.backoffice.classroom.ClassroomSettings;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.backoffice.classroom.debrief.DebriefNavigation;
import org.balise.web.game.PhotoStore;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.TeamGame;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * The live class dashboard: every team's progress and whereabouts, alerts, and the teacher's actions.
 *
 * <p><b>Push.</b> On attach the view follows the session's live feed ({@link DashboardFeed}); each new
 * snapshot is applied in {@code ui.access}, which Vaadin pushes to the browser (the shell has {@code @Push}).
 * Snapshots are read off the feed's thread ({@code boundedElastic}), because the session lock that
 * {@code ui.access} takes must not be awaited on a Netty event loop. The subscription ends on detach.
 */
@Route("classroom/dashboard")
@RolesAllowed({"TEACHER", "ADMIN"})
class DashboardView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DashboardView.class);

    private final SessionAccess access;
    private final SnapshotReader reader;
    private final DashboardFeed feed;
    private final TeacherCommands commands;
    private final PhotoStore photos;
    private final ClassroomSettings settings;

    private @Nullable SessionDocument session;
    private @Nullable ClassroomSnapshot latest;
    private TeamActivity activity = new TeamActivity();
    private @Nullable TeamAlerts alerts;
    private @Nullable Disposable subscription;

    private @Nullable TeamsGrid grid;
    private @Nullable TeamsMap map;
    private @Nullable SessionControls controls;
    private final RecallPanel recall = new RecallPanel();
    private @Nullable PhotoReview review;

    DashboardView(SessionAccess access, SnapshotReader reader, DashboardFeed feed, TeacherCommands commands,
            PhotoStore photos, ClassroomSettings settings) {
        this.access = access;
        this.reader = reader;
        this.feed = feed;
        this.commands = commands;
        this.photos = photos;
        this.settings = settings;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String sessionId) {
        Optional<SessionDocument> found = access.sessionToShow(event, sessionId);
        if (found.isEmpty()) {
            return;
        }
        session = found.get();
        activity = new TeamActivity();
        ClassroomSnapshot first = reader.read(sessionId).block(SessionAccess.STORE_TIMEOUT);
        alerts = new TeamAlerts(settings, CircuitArea.of(first.circuit(), settings.areaMargin()));
        build(first);
        show(first);
        if (isAttached()) {
            follow(UI.getCurrent());
        }
    }

    private void build(ClassroomSnapshot snapshot) {
        removeAll();
        String sessionId = snapshot.session().id();
        controls = new SessionControls(new SessionControls.Lifecycle(
                () -> lifecycle(commands.start(sessionId), "Session started."),
                () -> lifecycle(commands.pause(sessionId), "Session paused: timers stand still."),
                () -> lifecycle(commands.resume(sessionId), "Session resumed."),
                () -> lifecycle(commands.end(sessionId), "Session ended.")));

        Button messageAll = new Button("Message all teams", click -> new MessageDialog("Message to every team", "",
                text -> lifecycle(commands.broadcast(sessionId, MessageKind.INFO, text, access.teacher()),
                        "Message sent to every team.")).open());
        messageAll.setId("message-all");
        Button recallAll = new Button("Recall everyone", click -> new MessageDialog("Recall to the meeting point",
                "Come back to the meeting point now, please.",
                text -> lifecycle(commands.broadcast(sessionId, MessageKind.RECALL, text, access.teacher()),
                        "Recall sent: each team's phones must acknowledge it.")).open());
        recallAll.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        recallAll.setId("recall-all");
        Button debrief = new Button("Debrief", click -> DebriefNavigation.toDebrief(sessionId));
        debrief.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        debrief.setId("to-debrief");

        H2 title = new H2(CircuitTitles.of(snapshot.circuit()) + " · " + snapshot.session().joinCode());
        HorizontalLayout header = new HorizontalLayout(title, controls);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        HorizontalLayout messaging = new HorizontalLayout(messageAll, recallAll, debrief);

        grid = new TeamsGrid(new TeamsGrid.TeamActions(this::messageTeam, this::unlockFor, this::awardTo));
        map = new TeamsMap(snapshot.circuit(), settings.mapTiles(), settings.mapAttribution());
        review = new PhotoReview(photos, sessionId, new PhotoReview.Reviewing() {
            @Override
            public void approve(PendingPhoto photo) {
                lifecycle(commands.approve(photo.game().team(), photo.riddle(), photo.photoId(), access.teacher()),
                        "Photo approved: " + photo.game().team().name() + " solved " + photo.riddleTitle() + ".");
            }

            @Override
            public void reject(PendingPhoto photo, String comment) {
                lifecycle(commands.reject(photo.game().team(), photo.riddle(), photo.photoId(), comment,
                        access.teacher()), "Photo rejected: the team may send another.");
            }
        });
        Span legend = new Span("Blue: playing · Red: needs a look · Green: finished. Zones in purple.");
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(header, messaging, recall, grid, review, map, legend);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (session != null) {
            follow(attach.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopFollowing();
    }

    private void follow(UI ui) {
        stopFollowing();
        SessionDocument followed = session;
        subscription = feed.follow(followed.id(), activity)
                .publishOn(Schedulers.boundedElastic())
                .subscribe(snapshot -> {
                    try {
                        ui.access(() -> show(snapshot));
                    } catch (UIDetachedException closed) {
                        stopFollowing();
                    }
                }, failure -> log.warn("The dashboard of session {} stopped following it", followed.id(), failure));
    }

    private void stopFollowing() {
        if (subscription != null) {
            subscription.dispose();
            subscription = null;
        }
    }

    private void show(ClassroomSnapshot snapshot) {
        latest = snapshot;
        List<TeamRow> rows = TeamRows.of(snapshot, activity, alerts);
        grid.show(rows, snapshot.at());
        map.show(rows);
        controls.show(snapshot);
        recall.show(snapshot);
        review.show(snapshot);
    }

    /** Reads the session again at once: the teacher sees the effect of an action without waiting for the feed. */
    private void refresh() {
        reader.read(session.id()).blockOptional(SessionAccess.STORE_TIMEOUT).ifPresent(this::show);
    }

    private void lifecycle(Optional<String> refusal, String done) {
        refusal.ifPresentOrElse(
                sentence -> Notification.show(sentence).addThemeVariants(NotificationVariant.LUMO_ERROR),
                () -> Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS));
        refresh();
    }

    private void messageTeam(TeamRow row) {
        gameOf(row).ifPresent(game -> new MessageDialog("Message to " + row.name(), "",
                text -> lifecycle(commands.message(game.team(), text, access.teacher()),
                        "Message sent to " + row.name() + ".")).open());
    }

    private void unlockFor(TeamRow row) {
        gameOf(row).ifPresent(game -> new UnlockStationDialog(game,
                station -> lifecycle(commands.unlock(game.team(), station.id(), access.teacher()),
                        "Station unlocked for " + row.name() + ".")).open());
    }

    private void awardTo(TeamRow row) {
        gameOf(row).ifPresent(game -> new AwardPointsDialog(row.name(),
                (points, reason) -> lifecycle(commands.award(game.team(), points, reason, access.teacher()),
                        points + " points for " + row.name() + ".")).open());
    }

    private Optional<TeamGame> gameOf(TeamRow row) {
        return latest == null ? Optional.empty() : latest.game(row.teamId());
    }

    @Override
    public String getPageTitle() {
        return session == null ? "Dashboard · Balise" : "Dashboard " + session.joinCode() + " · Balise";
    }
}
