package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.balise.engine.circuit.model.Mode;
import org.balise.web.RunningBalise;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** Pupils join a game on their phones: with the code, with a link, or from a teammate's QR code. */
class PhoneJoinBrowserTest extends PhoneBrowserTest {

    PhoneJoinBrowserTest(RunningBalise balise) {
        super(balise);
    }


    @Test
    void aTeamJoinsWithTheCodeItTypedAndPlaysInTheLanguageItChose() {
        SessionDocument session = games.running(Mode.ON_SITE, "liberation");

        phone.go("/");
        assertThat(phone.visible(By.tagName("h1")).getText()).isEqualTo("Join the game");
        assertThat(phone.script("return document.documentElement.lang")).isEqualTo("en");
        phone.checkAccessibility("join: the code");
        phone.screenshot("phone-join-code", By.tagName("body"));

        // Typed as a pupil reads it off the board: lower case, with a space.
        String code = session.joinCode();
        phone.type(By.name("code"), code.substring(0, 3).toLowerCase(Locale.ROOT) + " " + code.substring(3).toLowerCase(Locale.ROOT));
        phone.click(By.cssSelector("main form button[type=submit]"));

        phone.says(By.tagName("h1"), "The dukes' secrets");
        assertThat(phone.text(By.tagName("fieldset"))).contains("Français", "English");
        phone.checkAccessibility("join: the team");
        phone.type(By.name("team"), "Les Hiboux");
        phone.screenshot("phone-join-team");

        phone.click(By.cssSelector("input[name=language][value=fr]"));
        phone.says(By.tagName("h1"), "Les secrets des ducs");
        assertThat(phone.script("return document.documentElement.lang")).isEqualTo("fr");
        assertThat(phone.visible(By.name("team")).getDomProperty("value")).isEqualTo("Les Hiboux");
        phone.click(By.cssSelector("main form button[type=submit]"));

        phone.says(By.className("bar__team"), "Équipe Les Hiboux");
        phone.says(By.id("to-reach"), "Où aller");
        phone.says(By.id("to-reach"), "Place de la Libération");
        phone.checkAccessibility("game: where to go");
        phone.screenshot("phone-game-start", By.tagName("body"));
        JsonNode team = phone.team();
        assertThat(team.get("language").asString()).isEqualTo("fr");
        assertThat(games.view(team).get("teamName").asString()).isEqualTo("Les Hiboux");
    }

    @Test
    void aLinkWithTheCodeOpensTheTeamFormDirectly() {
        SessionDocument session = games.running(Mode.ON_SITE, "liberation");

        phone.go("/?code=" + session.joinCode());

        phone.says(By.tagName("h1"), "The dukes' secrets");
        assertThat(phone.visible(By.name("team")).isDisplayed()).isTrue();
        assertThat(phone.driver().getCurrentUrl()).isEqualTo(phone.origin() + "/");
    }

    @Test
    void aJoinPathOpensTheTeamFormDirectly() {
        SessionDocument session = games.running(Mode.VIRTUAL, "liberation");

        phone.go("/join/" + session.joinCode());

        phone.says(By.tagName("h1"), "The dukes' secrets");
        phone.says(By.className("lead"), "You will play on the map");
    }

    @Test
    void anUnknownCodeIsSaidPlainly() {
        phone.go("/");
        phone.type(By.name("code"), "ZZZZZZ");
        phone.click(By.cssSelector("main form button[type=submit]"));

        phone.says(By.cssSelector("main form .feedback"), "No game has this code. Check it with your teacher.");
        assertThat(phone.visible(By.name("code")).getDomAttribute("aria-invalid")).isEqualTo("true");
        phone.checkAccessibility("join: unknown code");
    }

    @Test
    void aTeamNameAlreadyTakenIsRefusedWithItsReason() {
        SessionDocument session = games.running(Mode.ON_SITE, "liberation");
        balise.shared().getBean(GameSessions.class).join(session.joinCode(), "Les Renards", "fr").block();

        phone.go("/?code=" + session.joinCode());
        phone.type(By.name("team"), "les renards");
        phone.click(By.cssSelector("main form button[type=submit]"));

        phone.says(By.cssSelector("main form .feedback"), "Another team already has this name: choose another one.");
        assertThat(phone.team()).isNull();
    }

    @Test
    void aSecondPhoneJoinsTheTeamByReadingTheQrCodeTheFirstShows() {
        SessionDocument session = games.running(Mode.ON_SITE, "liberation");
        phone.join(session.joinCode(), "Les Castors", "en");

        phone.click(By.id("invite"));
        WebElement code = phone.visible(By.className("invite__qr"));
        phone.until(page -> Boolean.TRUE.equals(phone.script("return arguments[0].complete && arguments[0].naturalWidth > 0", code)));
        phone.checkAccessibility("invite a phone");
        phone.screenshot("phone-invite");
        String invitation = InvitationCodes.read(phone, code);

        assertThat(invitation).startsWith(phone.origin() + "/#team=" + phone.team().get("teamId").asString() + "&token=");
        try (Phone second = Phone.open(balise)) {
            second.go(invitation);
            second.says(By.className("bar__team"), "Team Les Castors");
            assertThat(second.team().get("teamId").asString()).isEqualTo(phone.team().get("teamId").asString());
            assertThat(second.driver().getCurrentUrl()).isEqualTo(second.origin() + "/");
        }
        phone.click(By.cssSelector("dialog .button--primary"));
        assertThat(phone.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("invite");
    }

    @Test
    void theScannerSaysWhatToDoAndCanBeClosed() {
        phone.close();
        // A camera that films no QR code: Chromium's moving test pattern.
        phone = Phone.open(balise, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");
        phone.go("/");

        phone.click(By.id("join-team"));

        phone.says(By.cssSelector("dialog.scanner"), "Aim the camera at the QR code.");
        phone.checkAccessibility("the QR code scanner");
        phone.screenshot("phone-scanner");
        phone.click(By.cssSelector("dialog.scanner .button--secondary"));
        phone.gone(By.cssSelector("dialog.scanner"));
        assertThat(phone.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("join-team");
    }
}
