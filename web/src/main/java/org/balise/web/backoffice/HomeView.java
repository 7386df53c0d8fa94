package org.balise.web.backoffice;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import org.balise.web.circuits.CircuitCatalogue;

/** Where a signed-in author or teacher lands: what Balise holds and where to go next. */
@Route("")
@PageTitle("Home · Balise")
@PermitAll
class HomeView extends VerticalLayout {

    HomeView(AuthenticationContext authentication, CircuitCatalogue catalogue) {
        String name = authentication.getPrincipalName().orElse("");
        Long circuits = catalogue.count().block(Duration.ofSeconds(10));
        add(new H1("Welcome, " + name),
                new Paragraph("Published circuits ready to play: " + circuits + "."));
    }
}
