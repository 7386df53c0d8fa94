package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh current UI for each test, for components that need one (images, downloads). Held here: Vaadin keeps
 * the current UI by a weak reference, so a UI held by nothing else can be collected in the middle of a test
 * (it happened on CI: "No currently active UI found").
 */
final class CurrentUi implements BeforeEachCallback, AfterEachCallback {

    private UI ui;

    @Override
    public void beforeEach(ExtensionContext context) {
        ui = new UI();
        UI.setCurrent(ui);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        UI.setCurrent(null);
        ui = null;
    }
}
