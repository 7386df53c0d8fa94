package org.balise.web.backoffice.classroom.sessions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.i18n.Languages;
import org.balise.engine.play.GameRules;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.SessionSettings;

/** A teacher sets up a class session: which circuit, how it is played, in which languages, for how long. */
@Route("classroom/sessions/new")
@PageTitle("New session · Balise")
@RolesAllowed({"TEACHER", "ADMIN"})
class NewSessionView extends VerticalLayout {

    static final int LONGEST_SESSION_MINUTES = 600;

    final ComboBox<PublishedCircuit> circuit = new ComboBox<>("Circuit");
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>("Mode");
    final CheckboxGroup<String> languages = new CheckboxGroup<>("Languages pupils may choose (at least one)");
    final IntegerField duration = new IntegerField("Duration (minutes)");
    final Checkbox leaderboardVisible = new Checkbox("Pupils see the other teams' scores");
    final Checkbox keepPositions = new Checkbox("Keep the teams' position history for the debrief");
    final Button create = new Button("Create session");

    private final SessionAccess access;
    private final GameSessions games;

    NewSessionView(SessionAccess access, GameSessions games, CircuitCatalogue catalogue) {
        this.access = access;
        this.games = games;

        List<PublishedCircuit> published = catalogue.playable().collectList().block(SessionAccess.STORE_TIMEOUT);
        circuit.setItems(published.stream()
                .sorted(Comparator.comparing(NewSessionView::label))
                .toList());
        circuit.setItemLabelGenerator(NewSessionView::label);
        circuit.setRequired(true);
        circuit.setId("circuit");
        circuit.addValueChangeListener(change -> offer(change.getValue()));

        mode.setItemLabelGenerator(choice -> choice == Mode.ON_SITE ? "On site (phones' positions)" : "Virtual (on a map)");
        mode.setRequired(true);
        mode.setId("mode");
        languages.setItemLabelGenerator(Languages::describe);
        // Not setRequired: it puts aria-required on the group, which ARIA does not allow there (axe: critical).
        languages.setErrorMessage("Choose at least one language.");
        languages.setId("languages");
        duration.setMin(5);
        duration.setMax(LONGEST_SESSION_MINUTES);
        duration.setStepButtonsVisible(true);
        duration.setHelperText("Played time, pauses excluded. Empty: until you end the session.");
        duration.setId("duration");
        keepPositions.setTooltipText("Off by default: pupils are often minors. The history expires on its own.");
        keepPositions.setId("keep-positions");
        leaderboardVisible.setId("leaderboard-visible");

        FormLayout form = new FormLayout(circuit, mode, languages, duration, leaderboardVisible, keepPositions);
        form.setMaxWidth("48em");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-session");
        create.addClickListener(click -> create());
        Button cancel = new Button("Cancel", click -> SessionsNavigation.toSessions());
        add(new H2("New class session"), form, new HorizontalLayout(create, cancel));
    }

    private void offer(PublishedCircuit chosen) {
        if (chosen == null) {
            mode.setItems(List.of());
            languages.setItems(List.of());
            return;
        }
        List<Mode> modes = chosen.modes().stream().map(Mode::fromJson).sorted().toList();
        mode.setItems(modes);
        mode.setValue(modes.getFirst());
        languages.setItems(chosen.languages());
        languages.select(chosen.languages());
    }

    private void create() {
        boolean valid = circuit.getValue() != null && mode.getValue() != null && !languages.getSelectedItems().isEmpty()
                && !duration.isInvalid();
        circuit.setInvalid(circuit.getValue() == null);
        mode.setInvalid(mode.getValue() == null);
        languages.setInvalid(languages.getSelectedItems().isEmpty());
        if (!valid) {
            Notification.show("Choose a circuit, a mode and at least one language.")
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        PublishedCircuit chosen = circuit.getValue();
        Integer minutes = duration.getValue();
        GameRules rules = GameRules.DEFAULT.withDuration(minutes == null ? null : Duration.ofMinutes(minutes));
        List<String> chosenLanguages = chosen.languages().stream().filter(languages.getSelectedItems()::contains).toList();
        SessionSettings settings = new SessionSettings(chosen.circuitId(), chosen.version(), mode.getValue(),
                chosenLanguages, rules, keepPositions.getValue(), leaderboardVisible.getValue());
        SessionDocument session = games.create(access.teacher(), settings).block(SessionAccess.STORE_TIMEOUT);
        Notification.show("Session created: its join code is " + session.joinCode() + ".");
        SessionsNavigation.toPoster(session.id());
    }

    private static String label(PublishedCircuit published) {
        return CircuitTitles.of(published.title(), published.circuitId()) + " — v" + published.version();
    }
}
