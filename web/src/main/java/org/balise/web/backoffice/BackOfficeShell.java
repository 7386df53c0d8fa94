package org.balise.web.backoffice;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every back-office view: its theme, title and language. Server push is on because the
 * classroom dashboard shows a class's progress as it happens, without the teacher reloading.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "description", content = "Balise back-office: author riddle circuits and run class sessions")
public class BackOfficeShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Balise back-office");
    }
}
