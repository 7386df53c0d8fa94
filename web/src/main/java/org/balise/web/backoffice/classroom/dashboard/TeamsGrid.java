package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every team at a glance. The "phones connected" column of the issue is left out: the back-office cannot
 * tell how many phones follow a team, so "last seen" stands for it.
 */
final class TeamsGrid extends Grid<TeamRow> {

    /** What the teacher can do to one team. */
    record TeamActions(Consumer<TeamRow> message, Consumer<TeamRow> unlock, Consumer<TeamRow> award) {
    }

    private Instant now = Instant.EPOCH;

    TeamsGrid(TeamActions actions) {
        setId("teams");
        addColumn(TeamRow::name).setHeader("Team").setAutoWidth(true).setFrozen(true);
        addColumn(TeamRow::whereabouts).setHeader("Where").setAutoWidth(true).setFlexGrow(1);
        addColumn(row -> row.stationsSolved() + " / " + row.stationsOnRoute()).setHeader("Stations")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addColumn(TeamRow::score).setHeader("Score").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addColumn(TeamRow::hintsTaken).setHeader("Hints").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addColumn(TeamRow::wrongAttempts).setHeader("Wrong").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addColumn(row -> ago(row.lastSeen())).setHeader("Last seen").setAutoWidth(true);
        addColumn(row -> row.phones() == 0 ? "—" : String.valueOf(row.phones())).setHeader("Phones online")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(row -> "Phones of this team following the game live now");
        addColumn(row -> row.accuracy() == null ? "—" : "± " + Math.round(row.accuracy()) + " m").setHeader("GPS")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addComponentColumn(TeamsGrid::alerts).setHeader("Alerts").setAutoWidth(true);
        addComponentColumn(row -> actionsOf(row, actions)).setHeader("").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setEmptyStateText("No team has joined yet.");
        setAllRowsVisible(true);
    }

    void show(List<TeamRow> rows, Instant at) {
        now = at;
        setItems(rows);
    }

    private String ago(Instant instant) {
        Duration since = Duration.between(instant, now);
        if (since.isNegative() || since.toSeconds() < 5) {
            return "just now";
        }
        if (since.toMinutes() < 1) {
            return since.toSeconds() + " s ago";
        }
        if (since.toHours() < 1) {
            return since.toMinutes() + " min ago";
        }
        return since.toHours() + " h ago";
    }

    private static Component alerts(TeamRow row) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        for (Alert alert : Alert.values()) {
            if (row.alerts().contains(alert)) {
                Span badge = new Span(alert.label());
                badge.getElement().getThemeList().add("badge error small");
                badge.addClassName("alert-" + alert.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                badges.add(badge);
            }
        }
        if (row.finished()) {
            Span done = new Span("Finished");
            done.getElement().getThemeList().add("badge success small");
            badges.add(done);
        }
        return badges;
    }

    private static Component actionsOf(TeamRow row, TeamActions actions) {
        return new HorizontalLayout(
                small("Message", () -> actions.message().accept(row)),
                small("Unlock", () -> actions.unlock().accept(row)),
                small("Points", () -> actions.award().accept(row)));
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
