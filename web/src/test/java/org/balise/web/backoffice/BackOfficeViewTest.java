package org.balise.web.backoffice;

import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.core.Authentication;

/**
 * What every back-office view test starts from: the running Balise, and its back-office door's own Spring
 * context under a mock Vaadin environment (no browser, no HTTP), opened before each test and closed after.
 */
@ExtendWith(RunningBaliseExtension.class)
public abstract class BackOfficeViewTest {

    protected final RunningBalise balise;
    protected SecuredBrowserlessApplicationContext<Authentication> app;

    protected BackOfficeViewTest(RunningBalise balise) {
        this.balise = balise;
    }

    @BeforeEach
    void openTheBackOffice() {
        app = SpringBrowserlessApplicationContext.createSecured(balise.backOffice(), "org.balise.web.backoffice");
    }

    @AfterEach
    void closeIt() {
        app.close();
    }
}
