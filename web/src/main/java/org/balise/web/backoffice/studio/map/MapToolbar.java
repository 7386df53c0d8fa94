package org.balise.web.backoffice.studio.map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.function.Consumer;
import org.balise.engine.geo.LatLon;

/**
 * The buttons above the map: shaping the selected station's zone, and going to a place by its coordinates
 * (a new circuit has no zone yet, and the map cannot guess the town).
 */
final class MapToolbar extends HorizontalLayout {

    private final Button placeCircle = new Button("Place a circle");
    private final Button drawPolygon = new Button("Draw a polygon");
    private final TextField place = new TextField();
    private final Button goTo = new Button("Go to");

    MapToolbar(Runnable onPlaceCircle, Runnable onDrawPolygon, Consumer<LatLon> onGoTo) {
        placeCircle.setTooltipText("Then click on the map where the station stands");
        drawPolygon.setTooltipText("Then click on the map at each corner of the zone, and double-click to finish");
        placeCircle.addClickListener(click -> onPlaceCircle.run());
        drawPolygon.addClickListener(click -> onDrawPolygon.run());
        place.setPlaceholder(Coordinates.EXAMPLE);
        place.setAriaLabel("Latitude and longitude to go to, such as " + Coordinates.EXAMPLE);
        place.setErrorMessage("Type a latitude and a longitude, such as " + Coordinates.EXAMPLE + ".");
        place.setMaxLength(Coordinates.MAXIMUM_LENGTH);
        place.addKeyDownListener(Key.ENTER, enter -> go(onGoTo));
        goTo.addClickListener(click -> go(onGoTo));
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(placeCircle, drawPolygon, place, goTo);
        stationSelected(false);
    }

    /** A zone is always some station's: without one selected, there is nothing to place. */
    void stationSelected(boolean selected) {
        placeCircle.setEnabled(selected);
        drawPolygon.setEnabled(selected);
    }

    private void go(Consumer<LatLon> onGoTo) {
        Optional<LatLon> target = Coordinates.parse(place.getValue());
        place.setInvalid(target.isEmpty());
        target.ifPresent(onGoTo);
    }
}
