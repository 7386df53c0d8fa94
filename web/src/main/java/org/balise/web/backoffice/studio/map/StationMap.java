package org.balise.web.backoffice.studio.map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.balise.engine.geo.LatLon;
import org.balise.web.backoffice.studio.map.ZoneVerdict.Accepted;
import org.balise.web.backoffice.studio.map.ZoneVerdict.Rejected;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio's map, where an author places and shapes the stations' zones: every zone drawn, the selected
 * station's one highlighted and editable (a circle's centre and radius handle, a polygon's corners, all
 * draggable), a toolbar to place a circle or draw a polygon for it, and a field to go to coordinates.
 *
 * <p>Leaflet comes from its WebJar, added to the page on attach (no npm package in Vaadin's pre-built
 * bundle); without a tile URL the zones are drawn on a blank background, which needs no internet access.
 * The browser side is {@link MapScript}. The state is sent again on every attach, since a re-attached
 * element starts a new Leaflet map.
 *
 * <p>Never trusts the browser: a zone sent back is read again ({@link ZoneReader}) and must be the selected
 * station's; anything else is logged, ignored, and answered with the server's state, so the map shows the
 * truth again. The Leaflet container reflects the accepted state for browser tests: {@code data-selected}
 * and {@code data-zone} (the selected zone's JSON), besides the attributes {@link MapScript} sets.
 *
 * <p>Not thread-safe, like every component: use it in its UI's lock.
 */
public final class StationMap extends Div {

    private static final Logger log = LoggerFactory.getLogger(StationMap.class);

    private final Div canvas = new Div();
    private final MapToolbar toolbar = new MapToolbar(this::drawCircle, this::drawPolygon, this::goTo);
    private final String options;
    private final List<Consumer<ZoneChanged>> zoneListeners = new ArrayList<>();
    private final List<Consumer<String>> clickListeners = new ArrayList<>();
    private StationsOnMap shown = StationsOnMap.NONE;
    /** The state the browser holds, as last sent or as the author made it there; none when a new map starts. */
    private @Nullable String inBrowser;

    /** @param tiles a Leaflet tile URL template, or empty for a blank background; its attribution may be empty */
    public StationMap(String tiles, String attribution) {
        options = MapScript.options(tiles, attribution);
        canvas.addClassName("station-map-canvas");
        canvas.getElement().setAttribute("role", "region").setAttribute("aria-label", "Map of the stations");
        canvas.setWidthFull();
        canvas.getStyle().set("flex", "1 1 auto").set("min-height", "240px").set("background", "#f4f1ea")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        setWidthFull();
        setHeight("520px");
        // A vertical layout with a fixed height would otherwise squeeze the map to make room for what follows.
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("flex-shrink", "0");
        add(toolbar, canvas);
    }

    /** Draws all stations; the selected one (nullable) is highlighted and editable. */
    public void show(List<MapStation> stations, @Nullable String selectedStationId) {
        shown = StationsOnMap.of(stations, selectedStationId);
        toolbar.stationSelected(shown.selectedId() != null);
        reflectSelection();
        sendState();
    }

    /** Hears the zones the author placed, moved, resized or drew for the selected station. */
    public Registration addZoneChangedListener(Consumer<ZoneChanged> listener) {
        return Registration.addAndRemove(zoneListeners, listener);
    }

    /** Hears the id of another station whose zone the author clicked (to select it, say). */
    public Registration addStationClickedListener(Consumer<String> listener) {
        return Registration.addAndRemove(clickListeners, listener);
    }

    /**
     * The author's next click on the map is the centre of the selected station's new circle, of radius
     * {@value ZoneJson#DEFAULT_RADIUS} m; the map's Cancel button or Escape abandons it.
     */
    public void drawCircle() {
        startDrawing("circle");
    }

    /**
     * The author's next clicks on the map are the corners of the selected station's polygon, closed by a
     * double-click, a click on the first corner or the map's Finish button (3 corners at least); Escape or
     * Cancel abandons it.
     */
    public void drawPolygon() {
        startDrawing("polygon");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Page page = attach.getUI().getPage();
        page.addStyleSheet(MapScript.LEAFLET + "leaflet.css");
        page.addJavaScript(MapScript.LEAFLET + "leaflet.js");
        getElement().executeJs(MapScript.SETUP, canvas.getElement(), options);
        inBrowser = null;
        sendState();
    }

    @ClientCallable
    void zoneChanged(@Nullable String stationId, @Nullable String zone) {
        String selected = shown.selectedId();
        if (selected == null || !selected.equals(stationId) || zone == null) {
            log.debug("The map sent a zone for a station other than the selected {}: ignored", selected);
            resendState();
            return;
        }
        switch (ZoneReader.read(zone)) {
            case Accepted accepted -> {
                shown = shown.withSelectedZone(accepted.zone());
                // Not echoed: the browser drew it already, and an echo overtaken by the author's next move would
                // pull the zone back.
                inBrowser = shown.toJson();
                reflectSelection();
                ZoneChanged changed = new ZoneChanged(selected, accepted.zone());
                List.copyOf(zoneListeners).forEach(listener -> listener.accept(changed));
            }
            case Rejected rejected -> {
                log.warn("The map sent a zone for station {} that is ignored: {}", selected, rejected.reason());
                resendState();
            }
        }
    }

    @ClientCallable
    void stationClicked(@Nullable String stationId) {
        if (stationId == null || !shown.contains(stationId) || shown.isSelected(stationId)) {
            log.debug("The map sent a click on no other station: ignored");
            return;
        }
        List.copyOf(clickListeners).forEach(listener -> listener.accept(stationId));
    }

    private void startDrawing(String kind) {
        if (shown.selectedId() != null && isAttached()) {
            getElement().executeJs(MapScript.DRAW, kind);
        }
    }

    private void goTo(LatLon place) {
        if (isAttached()) {
            getElement().executeJs(MapScript.GO_TO, place.latitude(), place.longitude());
        }
    }

    private void sendState() {
        String state = shown.toJson();
        if (isAttached() && !state.equals(inBrowser)) {
            inBrowser = state;
            getElement().executeJs(MapScript.SHOW, state);
        }
    }

    /** After the browser sent something it should not have: its state is not the server's any more. */
    private void resendState() {
        inBrowser = null;
        sendState();
    }

    private void reflectSelection() {
        Element map = canvas.getElement();
        setOrRemove(map, "data-selected", shown.selectedId());
        setOrRemove(map, "data-zone", shown.selectedZone().orElse(null));
    }

    private static void setOrRemove(Element element, String attribute, @Nullable String value) {
        if (value == null) {
            element.removeAttribute(attribute);
        } else {
            element.setAttribute(attribute, value);
        }
    }
}
