package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.balise.engine.circuit.model.Station;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.game.TeamGame;

/**
 * Lets the teacher declare a team arrived at a station (GPS lost, indoors, a torn QR code): the station
 * counts as reached by the teacher, which the debrief says.
 */
final class UnlockStationDialog extends Dialog {

    final ComboBox<Station> station = new ComboBox<>("Station");
    final Button unlock = new Button("Unlock");

    UnlockStationDialog(TeamGame game, Consumer<Station> unlocking) {
        setHeaderTitle("Unlock a station for " + game.team().name());
        List<Station> notReached = game.context().routeStations().stream()
                .filter(candidate -> !game.state().arrivedAt(candidate.id()))
                .toList();
        station.setItems(notReached);
        station.setItemLabelGenerator(candidate ->
                game.context().model().languages().resolve(candidate.title(), CircuitTitles.LANGUAGE));
        station.setWidth("24em");
        station.setId("unlock-station");
        add(new Paragraph("The team will be at this station as if its phones had proved it."), station);
        unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unlock.setId("unlock-confirm");
        unlock.addClickListener(click -> {
            if (station.getValue() == null) {
                station.setInvalid(true);
                return;
            }
            unlocking.accept(station.getValue());
            close();
        });
        getFooter().add(new Button("Cancel", click -> close()), unlock);
    }
}
