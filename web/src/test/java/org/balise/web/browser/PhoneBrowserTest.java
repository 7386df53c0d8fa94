package org.balise.web.browser;

import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every phone test starts from: the running Balise, games set up through its services, and a phone
 * (headless Chromium at a phone's size) opened before each test, photographed and closed after it.
 */
@ExtendWith(RunningBaliseExtension.class)
abstract class PhoneBrowserTest {

    protected final RunningBalise balise;
    protected final PhoneGames games;
    protected Phone phone;

    protected PhoneBrowserTest(RunningBalise balise) {
        this.balise = balise;
        this.games = new PhoneGames(balise);
    }

    @BeforeEach
    void openAPhone() {
        phone = Phone.open(balise);
    }

    @AfterEach
    void closeIt(TestInfo test) {
        phone.screenshot("after-" + test.getTestMethod().orElseThrow().getName());
        phone.close();
    }
}
