package org.balise.web.backoffice.studio.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map's server side, in a mock Vaadin UI: what it sends the browser and when, what it makes of what the
 * browser sends back, and what it shows browser tests on the Leaflet container.
 */
@ViewPackages(packages = "org.balise.web.backoffice.studio.map")
class StationMapTest extends BrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FOUNTAIN = """
            {"type": "Circle", "centre": {"lat": 47.3224, "lon": 5.0413}, "radius": 20}""";

    private final StationMap map = new StationMap("", "");
    private final List<ZoneChanged> changes = new ArrayList<>();
    private final List<String> clicks = new ArrayList<>();

    @BeforeEach
    void listen() {
        map.addZoneChangedListener(changes::add);
        map.addStationClickedListener(clicks::add);
    }

    @Test
    void nothingIsSentBeforeTheMapIsAttachedAndTheLatestStateWhenItIs() {
        map.show(stations(), null);
        map.show(stations(), "fountain");
        map.drawCircle();

        UI.getCurrent().add(map);

        List<Sent> sent = sentToBrowser();
        assertThat(sent).extracting(Sent::kind).containsExactly("setup", "show");
        assertThat(sent.get(1).json().get("selected").asString()).isEqualTo("fountain");
    }

    @Test
    void aReattachedMapIsSetUpAgainWithItsState() {
        UI.getCurrent().add(map);
        map.show(stations(), "fountain");
        sentToBrowser();

        UI.getCurrent().remove(map);
        map.show(stations(), "square");
        UI.getCurrent().add(map);

        List<Sent> sent = sentToBrowser();
        assertThat(sent).extracting(Sent::kind).containsExactly("setup", "show");
        assertThat(sent.get(1).json().get("selected").asString()).isEqualTo("square");
    }

    @Test
    void theZoneButtonsWaitForASelectedStation() {
        UI.getCurrent().add(map);
        map.show(stations(), null);
        assertThat(button("Place a circle").isEnabled()).isFalse();
        assertThat(button("Draw a polygon").isEnabled()).isFalse();

        map.show(stations(), "fountain");

        assertThat(button("Place a circle").isEnabled()).isTrue();
        assertThat(button("Draw a polygon").isEnabled()).isTrue();
    }

    @Test
    void theButtonsStartDrawingInTheBrowser() {
        UI.getCurrent().add(map);
        map.show(stations(), "fountain");
        sentToBrowser();

        test(button("Place a circle")).click();
        test(button("Draw a polygon")).click();

        assertThat(sentToBrowser()).extracting(Sent::kind, Sent::argument)
                .containsExactly(tuple("draw", "circle"), tuple("draw", "polygon"));
    }

    @Test
    void theLeafletContainerShowsTheSelectedStationAndZone() {
        map.show(stations(), "fountain");

        assertThat(canvas().getAttribute("data-selected")).isEqualTo("fountain");
        assertThat(JSON.readTree(canvas().getAttribute("data-zone"))).isEqualTo(JSON.readTree(FOUNTAIN));
        assertThat(canvas().getAttribute("aria-label")).isEqualTo("Map of the stations");

        map.show(stations(), null);

        assertThat(canvas().hasAttribute("data-selected")).isFalse();
        assertThat(canvas().hasAttribute("data-zone")).isFalse();
    }

    @Test
    void aZoneFromTheBrowserIsHeardRoundedAndShown() {
        UI.getCurrent().add(map);
        map.show(stations(), "square");

        map.zoneChanged("square", """
                {"type": "Circle", "centre": {"lat": 47.32211111111, "lon": 5.04122222222}, "radius": 31.4}""");

        JsonNode expected = JSON.readTree("""
                {"type": "Circle", "centre": {"lat": 47.322111, "lon": 5.041222}, "radius": 31}""");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.stationId()).isEqualTo("square");
            assertThat((JsonNode) change.zone()).isEqualTo(expected);
        });
        assertThat(JSON.readTree(canvas().getAttribute("data-zone"))).isEqualTo(expected);
    }

    @Test
    void anAcceptedZoneIsNotEchoedToTheBrowserThatDrewIt() {
        UI.getCurrent().add(map);
        map.show(stations(), "fountain");
        // As the studio will: the changed zone goes into the draft, and the map is shown the draft again.
        map.addZoneChangedListener(change -> map.show(List.of(new MapStation("fountain", "The fountain", change.zone()),
                new MapStation("square", "The square", null)), "fountain"));
        sentToBrowser();

        map.zoneChanged("fountain", """
                {"type": "Circle", "centre": {"lat": 47.3225, "lon": 5.0414}, "radius": 20}""");

        assertThat(changes).hasSize(1);
        assertThat(sentToBrowser()).isEmpty();
    }

    @Test
    void aMalformedZoneIsIgnoredAndTheBrowserToldTheTruthAgain() {
        UI.getCurrent().add(map);
        map.show(stations(), "fountain");
        sentToBrowser();

        map.zoneChanged("fountain", """
                {"type": "Circle", "centre": {"lat": 147.3, "lon": 5.04}, "radius": 20}""");

        assertThat(changes).isEmpty();
        assertThat(JSON.readTree(canvas().getAttribute("data-zone"))).isEqualTo(JSON.readTree(FOUNTAIN));
        assertThat(sentToBrowser()).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo("show");
            assertThat(sent.json().at("/stations/0/zone")).isEqualTo(JSON.readTree(FOUNTAIN));
        });
    }

    @Test
    void onlyTheSelectedStationsZoneCanChange() {
        UI.getCurrent().add(map);
        map.show(stations(), "fountain");

        map.zoneChanged("square", FOUNTAIN);
        map.zoneChanged(null, FOUNTAIN);
        map.zoneChanged("fountain", null);
        map.show(stations(), null);
        map.zoneChanged("fountain", FOUNTAIN);

        assertThat(changes).isEmpty();
    }

    @Test
    void aClickOnAnotherStationsZoneIsHeard() {
        UI.getCurrent().add(map);
        map.show(stations(), "fountain");

        map.stationClicked("square");
        map.stationClicked("fountain");
        map.stationClicked("nowhere");
        map.stationClicked(null);

        assertThat(clicks).containsExactly("square");
    }

    @Test
    void theGoToFieldRecentresTheMapOnCoordinates() {
        UI.getCurrent().add(map);
        sentToBrowser();
        TextField place = find(TextField.class).single();

        test(place).setValue("47.3220, 5.0415");
        test(button("Go to")).click();

        assertThat(place.isInvalid()).isFalse();
        assertThat(sentToBrowser()).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo("goTo");
            assertThat(sent.parameters()).startsWith(47.322, 5.0415);
        });
    }

    @Test
    void theGoToFieldSaysWhatItExpects() {
        UI.getCurrent().add(map);
        sentToBrowser();
        TextField place = find(TextField.class).single();

        test(place).setValue("Dijon");
        test(button("Go to")).click();

        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Type a latitude and a longitude, such as 47.3220, 5.0415.");
        assertThat(sentToBrowser()).isEmpty();
    }

    private static List<MapStation> stations() {
        return List.of(new MapStation("fountain", "The fountain", (ObjectNode) JSON.readTree(FOUNTAIN)),
                new MapStation("square", "The square", null));
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private Element canvas() {
        return map.getChildren().filter(Div.class::isInstance).findFirst().orElseThrow().getElement();
    }

    /** The map's calls to the browser since the last look, in order, as the next response would carry them. */
    private static List<Sent> sentToBrowser() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("$balise"))
                .map(invocation -> new Sent(invocation.getExpression(), invocation.getParameters()))
                .toList();
    }

    private record Sent(String script, List<Object> parameters) {

        String kind() {
            return script.contains("stationMap(L)") ? "setup"
                    : script.contains("map.show(") ? "show"
                    : script.contains("map.draw(") ? "draw"
                    : script.contains("map.goTo(") ? "goTo" : script;
        }

        Object argument() {
            return parameters.getFirst();
        }

        JsonNode json() {
            return JSON.readTree((String) argument());
        }
    }
}
