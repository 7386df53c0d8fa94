package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.Zone;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stations' zones and the teams' last positions on a Leaflet map. Leaflet comes from its WebJar, added
 * to the page when the map attaches (no npm package in Vaadin's pre-built bundle). Without a tile URL the
 * zones are drawn on a blank background, which works with no internet access at all.
 */
final class TeamsMap extends Div {

    static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Waits for Leaflet (the script loads asynchronously), then draws the zones and keeps a layer for teams. */
    private static final String SETUP = """
            const element = this;
            const setup = JSON.parse($0);
            // Leaflet reads a tooltip string as HTML: titles and pupils' team names go in as text only.
            const text = value => { const span = document.createElement('span'); span.textContent = value; return span; };
            const leaflet = () => new Promise(resolve => {
              const wait = () => window.L ? resolve(window.L) : setTimeout(wait, 50);
              wait();
            });
            leaflet().then(L => {
              if (element.$baliseMap) { element.$baliseMap.remove(); }
              // Without animations: markers are replaced on every update, and Leaflet fails on a circle removed mid-zoom.
              const map = L.map(element, { attributionControl: !!setup.tiles, zoomAnimation: false,
                fadeAnimation: false, markerZoomAnimation: false });
              element.$baliseMap = map;
              if (setup.tiles) {
                L.tileLayer(setup.tiles, { maxZoom: 19, attribution: setup.attribution }).addTo(map);
              }
              // The view first: a circle measures its bounds through the map, so it must have one.
              const bounds = L.latLngBounds([]);
              for (const station of setup.stations) {
                if (station.radius) {
                  bounds.extend(L.latLng(station.lat, station.lon).toBounds(2 * station.radius));
                } else {
                  station.rings.forEach(ring => ring.forEach(point => bounds.extend(point)));
                }
              }
              if (bounds.isValid()) {
                map.fitBounds(bounds, { padding: [30, 30] });
              } else {
                map.setView([0, 0], 2);
              }
              const zones = L.layerGroup().addTo(map);
              const style = { color: '#6a1b9a', weight: 2, fillOpacity: 0.12 };
              for (const station of setup.stations) {
                const zone = station.radius
                  ? L.circle([station.lat, station.lon], Object.assign({ radius: station.radius }, style))
                  : L.polygon(station.rings, style);
                zone.bindTooltip(text(station.title)).addTo(zones);
              }
              const teams = L.layerGroup().addTo(map);
              element.$baliseTeams = list => {
                teams.clearLayers();
                for (const team of list) {
                  const colour = team.alert ? '#c62828' : team.finished ? '#2e7d32' : '#1565c0';
                  if (team.accuracy) {
                    L.circle([team.lat, team.lon], { radius: team.accuracy, color: colour, weight: 1,
                      fillOpacity: 0.08, interactive: false }).addTo(teams);
                  }
                  L.circleMarker([team.lat, team.lon], { radius: 8, color: '#fff', weight: 2, fillColor: colour,
                    fillOpacity: 1 })
                    .bindTooltip(text(team.name), { permanent: true, direction: 'right', className: 'balise-team' })
                    .addTo(teams);
                }
                element.dataset.teams = String(list.length);
              };
              if (element.$balisePending) { element.$baliseTeams(element.$balisePending); }
              new ResizeObserver(() => map.invalidateSize()).observe(element);
            });
            """;

    private static final String TEAMS = """
            const list = JSON.parse($0);
            if (this.$baliseTeams) { this.$baliseTeams(list); } else { this.$balisePending = list; }
            """;

    private final String setup;
    private List<TeamRow> rows = List.of();

    TeamsMap(Circuit circuit, String tiles, String attribution) {
        setId("teams-map");
        setWidthFull();
        setHeight("420px");
        getStyle().set("background", "#f4f1ea").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        List<Map<String, Object>> stations = new ArrayList<>();
        for (Station station : circuit.stations()) {
            if (station.zone() != null) {
                stations.add(zone(station.zone(), circuit.languages().resolve(station.title(), CircuitTitles.LANGUAGE)));
            }
        }
        setup = JSON.writeValueAsString(Map.of("stations", stations, "tiles", tiles, "attribution", attribution));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Page page = attach.getUI().getPage();
        page.addStyleSheet(LEAFLET + "leaflet.css");
        page.addJavaScript(LEAFLET + "leaflet.js");
        getElement().executeJs(SETUP, setup);
        sendTeams();
    }

    void show(List<TeamRow> teams) {
        rows = teams;
        if (isAttached()) {
            sendTeams();
        }
    }

    private void sendTeams() {
        List<Map<String, Object>> teams = rows.stream().filter(row -> row.latitude() != null)
                .map(TeamsMap::marker).toList();
        getElement().executeJs(TEAMS, JSON.writeValueAsString(teams));
    }

    private static Map<String, Object> marker(TeamRow row) {
        return Map.of("name", row.name(), "lat", row.latitude(), "lon", row.longitude(),
                "accuracy", accuracyOf(row.accuracy()), "alert", !row.alerts().isEmpty(), "finished", row.finished());
    }

    private static double accuracyOf(@Nullable Double accuracy) {
        return accuracy == null ? 0 : accuracy;
    }

    private static Map<String, Object> zone(Zone zone, String title) {
        return switch (zone) {
            case Zone.Circle circle -> Map.of("title", title, "lat", circle.centre().latitude(),
                    "lon", circle.centre().longitude(), "radius", circle.radiusMetres());
            case Zone.Polygon polygon -> Map.of("title", title, "rings", polygon.rings().stream()
                    .map(ring -> ring.stream().map(point -> List.of(point.latitude(), point.longitude())).toList())
                    .toList());
        };
    }
}
