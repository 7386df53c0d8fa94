package org.balise.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The phone app installs as an app (manifest, icons, a service worker in control), as Chromium judges it. */
@ExtendWith(RunningBaliseExtension.class)
class PhoneInstallBrowserTest {

    private final RunningBalise balise;

    PhoneInstallBrowserTest(RunningBalise balise) {
        this.balise = balise;
    }

    @Test
    void chromiumFindsTheAppInstallable() {
        try (Phone phone = Phone.open(balise)) {
            phone.go("/");
            phone.visible(By.name("code"));
            phone.until(page -> Boolean.TRUE.equals(phone.script("return navigator.serviceWorker.controller !== null")));

            Map<String, Object> answer = phone.driver().executeCdpCommand("Page.getInstallabilityErrors", Map.of());

            assertThat((List<?>) answer.get("installabilityErrors")).as("Chromium's installability errors").isEmpty();
        }
    }
}
