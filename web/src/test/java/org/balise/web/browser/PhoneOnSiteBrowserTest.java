package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.web.browser.PhoneGames.SAMPLE_STATIONS;
import static org.balise.web.browser.Riddles.card;
import static org.balise.web.browser.Riddles.inCard;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.geo.LatLon;
import org.balise.engine.play.MessageKind;
import org.balise.web.RunningBalise;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * A team plays on site: its phone's position (emulated through the DevTools protocol) takes it to its
 * station, where it answers, takes a hint, loses the network, reloads, shares the game with a second
 * phone and hears from its teacher.
 */
class PhoneOnSiteBrowserTest extends PhoneBrowserTest {

    /** The sample's first station, and the right order of its ordering riddle (in English). */
    private static final String LIBERATION = "liberation";
    private static final List<String> DUKES_IN_ORDER =
            List.of("Philip the Bold", "John the Fearless", "Philip the Good", "Charles the Bold");
    /** Away from every station of the sample, to start from. */
    private static final LatLon OLD_TOWN = new LatLon(47.3232, 5.0385);

    PhoneOnSiteBrowserTest(RunningBalise balise) {
        super(balise);
    }

    @BeforeEach
    void startInTheOldTown() {
        phone.at(OLD_TOWN, 12);
    }

    @Test
    void aTeamWalksToItsStationAnswersWrongTakesAHintAndAnswersRight() {
        SessionDocument session = games.running(Mode.ON_SITE, LIBERATION);
        phone.join(session.joinCode(), "Les Explorateurs", "en");

        phone.says(By.cssSelector("[data-way=liberation]"), "m to the");
        phone.says(By.className("gps__text"), "Position found (±12 m).");
        phone.screenshot("phone-walking", By.tagName("body"));
        phone.walkTo(LIBERATION, SAMPLE_STATIONS.get(LIBERATION));

        phone.says(card(LIBERATION), "Facing the palace of the Dukes of Burgundy, the square draws a half circle.");
        phone.says(card(LIBERATION), "Put these Valois Dukes of Burgundy in the order of their reigns.");
        phone.checkAccessibility("station: an ordering riddle");
        phone.screenshot("phone-riddle", card(LIBERATION));

        // The items are shown shuffled, never in the right order: answering at once is wrong.
        Riddles.submit(phone, LIBERATION);
        phone.says(inCard(LIBERATION, ".feedback"), "That is not the right answer.");
        phone.says(inCard(LIBERATION, ".attempts"), "Wrong answers: 1. Attempts left before a pause: 4.");

        phone.click(inCard(LIBERATION, ".hint .button--secondary"));
        phone.click(inCard(LIBERATION, ".hint .confirm .button--primary"));
        phone.says(inCard(LIBERATION, ".hint__text"), "Each one is the son of the one before.");
        phone.checkAccessibility("station: a hint taken");

        Riddles.order(phone, LIBERATION, DUKES_IN_ORDER);
        Riddles.submit(phone, LIBERATION);

        phone.says(By.className("collection"), "Place de la Libération");
        phone.says(By.className("collection"), "The letter D");
        // The hint was taken at 0 points: it cost what the score had, nothing (the score never goes below zero).
        phone.says(By.id("score"), "10 points");
        phone.says(By.id("to-reach"), "Philip the Good's tower");
        phone.checkAccessibility("game: a station solved");
        phone.screenshot("phone-solved", By.className("collection"));
        JsonNode team = phone.team();
        assertThat(games.view(team).get("score").asInt()).isEqualTo(10);
        assertThat(games.commitsWith(team, "wrong-answer-given")).hasSize(1);
        assertThat(games.commitsWith(team, "hint-taken")).hasSize(1);
        assertThat(games.station(team, LIBERATION).get("status").asString()).isEqualTo("SOLVED");
    }

    @Test
    void theQualityOfThePositionIsSaidPlainly() {
        SessionDocument session = games.running(Mode.ON_SITE, LIBERATION);
        phone.join(session.joinCode(), "Les Boussoles", "en");

        phone.at(OLD_TOWN, 35);
        phone.says(By.className("gps__text"), "Position ±35 m: move into the open, away from walls and trees.");
        phone.at(new LatLon(OLD_TOWN.latitude() + 0.00001, OLD_TOWN.longitude()), 22);
        phone.says(By.className("gps__text"), "Position ±22 m.");
        phone.checkAccessibility("game: a poor position");
    }

    @Test
    void twoPhonesOfOneTeamSeeEachOthersProgressAsItHappens() {
        SessionDocument session = games.running(Mode.ON_SITE, LIBERATION);
        phone.join(session.joinCode(), "Les Jumeaux", "en");
        JsonNode team = phone.team();

        try (Phone second = Phone.open(balise)) {
            second.go("/#team=" + team.get("teamId").asString() + "&token=" + team.get("token").asString());
            second.says(By.className("bar__team"), "Team Les Jumeaux");

            phone.walkTo(LIBERATION, SAMPLE_STATIONS.get(LIBERATION));
            second.says(card(LIBERATION), "Put these Valois Dukes of Burgundy in the order of their reigns.");

            Riddles.order(second, LIBERATION, DUKES_IN_ORDER);
            Riddles.submit(second, LIBERATION);
            second.says(By.id("score"), "10 points");
        }
        phone.says(By.id("score"), "10 points");
        phone.says(By.className("collection"), "The letter D");
        phone.gone(card(LIBERATION));
    }

    @Test
    void anAnswerGivenWithoutNetworkIsSentWhenTheNetworkIsBackAndCountsOnce() {
        SessionDocument session = games.running(Mode.ON_SITE, LIBERATION);
        phone.join(session.joinCode(), "Les Spéléologues", "en");
        phone.walkTo(LIBERATION, SAMPLE_STATIONS.get(LIBERATION));

        phone.offline(true);
        Riddles.order(phone, LIBERATION, DUKES_IN_ORDER);
        Riddles.submit(phone, LIBERATION);

        phone.says(inCard(LIBERATION, ".feedback"), "Saved on the phone: it will be sent as soon as there is network.");
        phone.says(By.id("connection"), "No network. 1 action is saved on this phone and will be sent by itself:");
        phone.says(By.id("connection"), "Answer at Place de la Libération");
        phone.checkAccessibility("game: offline, an answer waiting");
        phone.screenshot("phone-offline", By.id("connection"));

        phone.offline(false);
        phone.says(By.id("score"), "10 points");
        phone.until(page -> phone.text(By.id("connection")).isEmpty());
        JsonNode team = phone.team();
        assertThat(games.view(team).get("score").asInt()).isEqualTo(10);
        assertThat(games.commitsWith(team, "correct-answer-given")).hasSize(1);
        assertThat(games.commitsWith(team, "wrong-answer-given")).isEmpty();
    }

    @Test
    void anAnswerWaitingForTheNetworkSurvivesAReloadWithoutNetwork() {
        SessionDocument session = games.running(Mode.ON_SITE, LIBERATION);
        phone.join(session.joinCode(), "Les Marmottes", "en");
        phone.walkTo(LIBERATION, SAMPLE_STATIONS.get(LIBERATION));
        phone.until(page -> Boolean.TRUE.equals(phone.script("return navigator.serviceWorker.controller !== null")));

        phone.offline(true);
        Riddles.order(phone, LIBERATION, DUKES_IN_ORDER);
        Riddles.submit(phone, LIBERATION);
        phone.says(By.id("connection"), "Answer at Place de la Libération");
        phone.reload();

        // The page came from the service worker, the riddle from the last view kept, the answer from the outbox,
        // the station's picture from the media the service worker kept.
        phone.says(card(LIBERATION), "Put these Valois Dukes of Burgundy in the order of their reigns.");
        phone.says(By.id("connection"), "Answer at Place de la Libération");
        By picture = inCard(LIBERATION, "figure img");
        phone.until(page -> Boolean.TRUE.equals(phone.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", phone.visible(picture))));
        phone.offline(false);
        phone.says(By.id("score"), "10 points");
        assertThat(games.commitsWith(phone.team(), "correct-answer-given")).hasSize(1);
    }

    @Test
    void aReloadMidGameResumesWhereTheTeamWas() {
        SessionDocument session = games.running(Mode.ON_SITE, LIBERATION);
        phone.join(session.joinCode(), "Les Hérissons", "en");
        phone.walkTo(LIBERATION, SAMPLE_STATIONS.get(LIBERATION));
        phone.click(inCard(LIBERATION, ".hint .button--secondary"));
        phone.click(inCard(LIBERATION, ".hint .confirm .button--primary"));
        phone.says(inCard(LIBERATION, ".hint__text"), "Each one is the son of the one before.");

        phone.reload();

        phone.says(By.className("bar__team"), "Team Les Hérissons");
        phone.says(inCard(LIBERATION, ".hint__text"), "Each one is the son of the one before.");
        phone.says(By.id("score"), "0 points");
        Riddles.order(phone, LIBERATION, DUKES_IN_ORDER);
        Riddles.submit(phone, LIBERATION);
        phone.says(By.id("score"), "10 points");
    }

    @Test
    void aRecallCoversTheScreenUntilTheTeamSaysItIsComingBack() {
        SessionDocument session = games.running(Mode.ON_SITE, LIBERATION);
        phone.join(session.joinCode(), "Les Retardataires", "en");

        games.broadcast(session, MessageKind.RECALL, "Everyone back to the fountain now, please.");

        By recall = By.className("recall");
        phone.says(recall, "Come back now!");
        phone.says(recall, "Everyone back to the fountain now, please.");
        assertThat(phone.visible(recall).getDomAttribute("role")).isEqualTo("alertdialog");
        assertThat(phone.driver().switchTo().activeElement().getText()).isEqualTo("I'm coming back");
        phone.checkAccessibility("recall");
        phone.screenshot("phone-recall");

        phone.click(By.className("button--recall"));

        phone.gone(recall);
        JsonNode team = phone.team();
        phone.until(page -> games.view(team).get("messages").get(0).get("acknowledged").asBoolean());
    }

    @Test
    void aTeachersMessageShowsAsABannerUntilRead() {
        SessionDocument session = games.running(Mode.ON_SITE, LIBERATION);
        phone.join(session.joinCode(), "Les Lecteurs", "en");

        games.broadcast(session, MessageKind.INFO, "Ten minutes left: head for the last station.");

        By banner = By.className("banner");
        phone.says(banner, "Ten minutes left: head for the last station.");
        phone.checkAccessibility("a teacher's message");
        phone.screenshot("phone-message");
        phone.click(By.cssSelector(".banner button"));
        phone.gone(banner);
    }

    @Test
    void aStationOpensWithTheCodeWrittenThereAndItsPadlockTakesDigits() {
        SessionDocument session = games.running(Mode.ON_SITE, "saint-benigne");
        phone.join(session.joinCode(), "Les Serruriers", "en");

        By code = By.cssSelector("#to-reach form.proof input");
        phone.type(code, "1111");
        phone.click(By.cssSelector("#to-reach form.proof button"));
        phone.says(By.cssSelector("#to-reach form.proof .feedback"), "That is not the station's code.");
        phone.type(code, "8412");
        phone.click(By.cssSelector("#to-reach form.proof button"));

        phone.says(card("saint-benigne"), "Its digits follow each other");
        assertThat(phone.driver().findElements(inCard("saint-benigne", ".digit"))).hasSize(4);
        phone.checkAccessibility("station: a code riddle");
        phone.screenshot("phone-riddle-code", card("saint-benigne"));
        phone.driver().findElements(inCard("saint-benigne", ".digit")).getFirst().sendKeys("1234");
        Riddles.submit(phone, "saint-benigne");
        phone.says(By.id("score"), "10 points");
    }

    @Test
    void aStationOpensFromItsQrCodeFilmedByTheCamera() {
        SessionDocument session = games.running(Mode.ON_SITE, "chouette");
        phone.close();
        phone = Phone.open(balise, FakeCamera.filming("balise-sample-chouette-7f3a"));
        phone.at(OLD_TOWN, 12);
        phone.join(session.joinCode(), "Les Photographes", "en");
        String decoderLoaded = "return performance.getEntriesByType('resource').some((e) => e.name.endsWith('/vendor/jsqr/jsQR.js'))";
        assertThat(phone.script(decoderLoaded)).as("the QR decoder is loaded only when a scanner opens").isEqualTo(false);

        phone.click(By.cssSelector("#to-reach .proof .button--secondary"));

        phone.says(By.id("score"), "5 points");
        phone.says(By.className("collection"), "The letter J");
        assertThat(phone.driver().findElements(By.cssSelector("dialog.scanner"))).isEmpty();
        assertThat(phone.script("return 'BarcodeDetector' in window") == Boolean.TRUE || phone.script(decoderLoaded) == Boolean.TRUE)
                .as("the browser's BarcodeDetector or jsQR decoded the code").isTrue();
    }

    @Test
    void aPhotoRiddleTakesAPictureAndSendsItToTheTeacher() throws IOException {
        SessionDocument session = games.running(Mode.ON_SITE, "darcy");
        phone.join(session.joinCode(), "Les Ours", "en");
        phone.walkTo("darcy", SAMPLE_STATIONS.get("darcy"));
        phone.says(card("darcy"), "Take a photo of the whole team next to the white bear.");
        phone.checkAccessibility("station: a photo riddle");

        phone.driver().findElement(inCard("darcy", "input[type=file]")).sendKeys(aPhoto().toString());
        phone.visible(inCard("darcy", ".photo-preview"));
        phone.screenshot("phone-riddle-photo", card("darcy"));
        phone.click(inCard("darcy", ".answer-form button[type=submit]"));

        phone.says(inCard("darcy", ".feedback"), "Photo sent: your teacher will look at it.");
        phone.says(card("darcy"), "Your photo is waiting for your teacher's review.");
        assertThat(games.station(phone.team(), "darcy").get("riddle").get("photoWaiting").asBoolean()).isTrue();
    }

    /** A picture as a phone's camera gives it, drawn for the test. */
    private static Path aPhoto() throws IOException {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setPaint(new GradientPaint(0, 0, Color.WHITE, 1200, 900, new Color(40, 90, 160)));
        pen.fillRect(0, 0, 1200, 900);
        pen.dispose();
        Path file = Files.createTempFile("balise-team-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
