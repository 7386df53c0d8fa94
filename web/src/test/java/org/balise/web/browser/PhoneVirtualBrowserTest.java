package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.web.browser.Riddles.card;
import static org.balise.web.browser.Riddles.inCard;

import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.geo.LatLon;
import org.balise.web.RunningBalise;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A class plays from its classroom: no position, stations found on the map or opened from the list. */
class PhoneVirtualBrowserTest extends PhoneBrowserTest {

    PhoneVirtualBrowserTest(RunningBalise balise) {
        super(balise);
    }


    @Test
    void aTeamFindsItsStationByTappingItsPlaceOnTheMap() {
        SessionDocument session = games.running(Mode.VIRTUAL, "liberation");
        phone.join(session.joinCode(), "Les Cartographes", "en");
        phone.says(By.id("to-reach"), "Find this place on the map, tap it, then check.");
        assertThat(phone.driver().findElements(By.className("gps"))).isEmpty();
        LatLon liberation = PhoneGames.SAMPLE_STATIONS.get("liberation");
        centreMapOn(liberation);

        tap(new LatLon(liberation.latitude() - 0.0007, liberation.longitude() - 0.0008));
        phone.says(By.className("tap__where"), "Place marked (±");
        phone.click(By.cssSelector(".tap .button--primary"));
        phone.says(By.cssSelector(".tap .feedback"), "Nothing to find here. Look again.");
        phone.checkAccessibility("virtual: find on the map");
        phone.screenshot("phone-virtual-map", By.id("to-reach"));

        tap(liberation);
        phone.click(By.cssSelector(".tap .button--primary"));

        phone.says(card("liberation"), "Find on the map the half-circle square in front of the dukes' palace.");
        phone.says(card("liberation"), "Put these Valois Dukes of Burgundy in the order of their reigns.");
        phone.checkAccessibility("virtual: a station found");
    }

    @Test
    void aStationWithNothingToFindOpensFromTheListAndTakesANumber() {
        SessionDocument session = games.running(Mode.VIRTUAL, "tour");
        phone.join(session.joinCode(), "Les Grimpeurs", "en");

        phone.says(By.id("to-reach"), "Philip the Good's tower");
        phone.click(By.cssSelector("#to-reach .target .button--primary"));

        phone.says(card("tour"), "Philip the Good's tower overlooks the dukes' palace.");
        phone.says(inCard("tour", ".unit"), "steps");
        phone.says(inCard("tour", ".time-left"), "Time left to score:");
        phone.says(inCard("tour", ".hint__when"), "Opens in 0:");
        phone.checkAccessibility("virtual: a number riddle");
        phone.screenshot("phone-riddle-number", card("tour"));
        phone.type(inCard("tour", ".answer input"), "316");
        Riddles.submit(phone, "tour");
        phone.says(By.id("score"), "10 points");
        phone.says(By.className("collection"), "Stonemason");
        phone.says(By.className("collection"), "CAP Stonemason (vocational certificate) (level 3)");
        phone.checkAccessibility("virtual: a trade discovered");
        phone.screenshot("phone-trade", By.className("collection"));
    }

    @Test
    void aMultipleChoiceRiddleTakesEveryTickedOption() {
        SessionDocument session = games.running(Mode.VIRTUAL, "chouette");
        phone.join(session.joinCode(), "Les Chouettes", "en");

        phone.click(By.cssSelector("#to-reach .target .button--primary"));
        phone.says(card("chouette"), "What is true about Dijon's owl?");
        List<WebElement> boxes = phone.driver().findElements(inCard("chouette", "input[type=checkbox]"));
        assertThat(boxes).hasSize(3);
        tick(phone, "chouette", "It is carved on the Notre-Dame church.");
        tick(phone, "chouette", "People stroke it with their left hand.");
        phone.checkAccessibility("virtual: a multiple-choice riddle");
        phone.screenshot("phone-riddle-choices", card("chouette"));
        Riddles.submit(phone, "chouette");

        phone.says(By.id("score"), "5 points");
        phone.says(By.className("collection"), "The letter J");
    }

    @Test
    void aSingleChoiceRiddleTakesTheOptionChosen() {
        SessionDocument session = games.running(Mode.VIRTUAL, "rude");
        phone.join(session.joinCode(), "Les Vignerons", "en");
        LatLon rude = PhoneGames.SAMPLE_STATIONS.get("rude");
        centreMapOn(rude);
        tap(rude);
        phone.click(By.cssSelector(".tap .button--primary"));

        phone.says(card("rude"), "What do the people of Dijon call the fountain's winegrower?");
        assertThat(phone.driver().findElements(inCard("rude", "input[type=radio]"))).hasSize(3);
        tick(phone, "rude", "The Owl");
        tick(phone, "rude", "The Bareuzai");
        phone.checkAccessibility("virtual: a single-choice riddle");
        Riddles.submit(phone, "rude");

        phone.says(By.id("score"), "10 points");
        phone.says(By.className("collection"), "The letter O");
    }

    @Test
    void aTextRiddleTakesWhatTheTeamTyped() {
        SessionDocument session = games.running(Mode.VIRTUAL, "darcy");
        phone.join(session.joinCode(), "Les Sculpteurs", "en");
        LatLon darcy = PhoneGames.SAMPLE_STATIONS.get("darcy");
        centreMapOn(darcy);
        tap(darcy);
        phone.click(By.cssSelector(".tap .button--primary"));

        phone.says(card("darcy"), "Which Burgundian sculptor created the white bear?");
        phone.type(inCard("darcy", ".answer input"), "Rodin");
        Riddles.submit(phone, "darcy");
        phone.says(inCard("darcy", ".feedback"), "That is not the right answer.");
        phone.type(inCard("darcy", ".answer input"), "françois pompon");
        Riddles.submit(phone, "darcy");

        phone.says(By.id("score"), "15 points");
        phone.says(By.className("collection"), "Landscape gardener");
    }

    private void centreMapOn(LatLon position) {
        phone.visible(By.cssSelector("#map.leaflet-container"));
        phone.script("document.getElementById('map').baliseMap.setView([arguments[0], arguments[1]], 17, {animate: false})",
                position.latitude(), position.longitude());
    }

    private static void tick(Phone phone, String stationId, String option) {
        phone.driver().findElements(inCard(stationId, "label.choice")).stream()
                .filter(label -> label.getText().equals(option))
                .findFirst().orElseThrow(() -> new AssertionError("No option " + option))
                .click();
    }

    /** Taps the map where this position is drawn, as a finger would. */
    private void tap(LatLon position) {
        WebElement map = phone.visible(By.id("map"));
        phone.script("arguments[0].scrollIntoView({block: 'center'})", map);
        @SuppressWarnings("unchecked")
        var point = (java.util.Map<String, Number>) phone.script(
                "const p = document.getElementById('map').baliseMap.latLngToContainerPoint([arguments[0], arguments[1]]);"
                        + " return {x: p.x, y: p.y};", position.latitude(), position.longitude());
        int x = (int) Math.round(point.get("x").doubleValue() - map.getSize().getWidth() / 2.0);
        int y = (int) Math.round(point.get("y").doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(phone.driver()).moveToElement(map, x, y).click().perform();
    }
}
