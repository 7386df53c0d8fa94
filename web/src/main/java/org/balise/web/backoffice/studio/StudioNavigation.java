package org.balise.web.backoffice.studio;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The way to the studio's views from elsewhere in the back-office; the views themselves stay package-private. */
public final class StudioNavigation {

    private StudioNavigation() {
    }

    /** The entry of the back-office's navigation. */
    public static SideNavItem sideNavItem() {
        return new SideNavItem("Studio", CircuitsView.class, VaadinIcon.PENCIL.create());
    }

    static void toCircuits() {
        UI.getCurrent().navigate(CircuitsView.class);
    }

    static void toDraft(String draftId) {
        UI.getCurrent().navigate(DraftEditorView.class, draftId);
    }
}
