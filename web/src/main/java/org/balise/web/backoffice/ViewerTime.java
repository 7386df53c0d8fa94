package org.balise.web.backoffice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the person at the screen reads them: in their browser's time zone (a teacher in Dijon reads
 * Dijon's time even when the server runs in UTC), else in the server's.
 */
public final class ViewerTime {

    private ViewerTime() {
    }

    /** The browser's time zone as Vaadin has it for the current UI, else the server's. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String browserZone = details == null ? null : details.getTimeZoneId();
        if (browserZone != null && !browserZone.isBlank()) {
            try {
                return ZoneId.of(browserZone);
            } catch (DateTimeException unknownToJava) {
                // A zone the browser knows and this JDK does not: the server's zone is the best guess left.
            }
        }
        return ZoneId.systemDefault();
    }

    /** {@code instant} written by {@code formatter} in the viewer's time zone. */
    public static String format(DateTimeFormatter formatter, Instant instant) {
        return formatter.withZone(zone()).format(instant);
    }
}
