package org.balise.web.backoffice.classroom.sessions;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.backoffice.classroom.Printable;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.game.SessionDocument;

/**
 * The poster a teacher prints or projects: the circuit, the join code in large letters, its QR code and a
 * few instructions in each of the session's languages. Outside the back-office's frame, so it prints alone.
 */
@Route(value = "classroom/poster", autoLayout = false)
@RolesAllowed({"TEACHER", "ADMIN"})
class PosterView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final SessionAccess access;
    private final CircuitCatalogue catalogue;
    private final JoinAddress address;
    private String title = "Poster · Balise";

    PosterView(SessionAccess access, CircuitCatalogue catalogue, JoinAddress address) {
        this.access = access;
        this.catalogue = catalogue;
        this.address = address;
    }

    @Override
    public void setParameter(BeforeEvent event, String sessionId) {
        SessionDocument session = access.sessionToShow(event, sessionId).orElse(null);
        if (session == null) {
            return;
        }
        removeAll();
        String circuit = catalogue.circuit(session.circuitId(), session.circuitVersion())
                .map(CircuitTitles::of)
                .blockOptional(SessionAccess.STORE_TIMEOUT)
                .orElse(session.circuitId());
        title = "Poster " + session.joinCode() + " · Balise";
        String joinUrl = address.joinUrl(session.joinCode());

        Button back = new Button("Back to sessions", click -> SessionsNavigation.toSessions());
        back.addClassName(Printable.SCREEN_ONLY);
        HorizontalLayout toolbar = new HorizontalLayout(Printable.printButton(), back);
        toolbar.addClassName(Printable.SCREEN_ONLY);

        Svg qr = new Svg(QrCode.svg(joinUrl));
        qr.setId("join-qr");
        qr.getElement().getStyle().set("display", "inline-block").set("width", "9cm").set("height", "9cm");
        Div code = new Div(session.joinCode());
        code.setId("join-code");
        code.getStyle().set("font-size", "4.5rem").set("font-weight", "700").set("letter-spacing", "0.15em")
                .set("font-family", "monospace");
        Paragraph url = new Paragraph(joinUrl);
        url.setId("join-url");
        url.getStyle().set("font-size", "1.2rem").set("word-break", "break-all");

        Div poster = new Div(Printable.styles(), new H1(circuit), code, qr, url);
        for (String language : session.languages()) {
            poster.add(instructions(language));
        }
        poster.addClassName(Printable.PAGE);
        poster.getStyle().set("text-align", "center");
        add(toolbar, poster);
    }

    private static Section instructions(String language) {
        JoinInstructions.Instructions text = JoinInstructions.in(language);
        OrderedList steps = new OrderedList();
        text.steps().forEach(step -> steps.add(new ListItem(step)));
        steps.getStyle().set("text-align", "left").set("display", "inline-block").set("max-width", "36em");
        Section section = new Section(new H2(text.heading()), steps);
        section.getElement().setAttribute("lang", language);
        return section;
    }

    /** The host part of the address the teacher used, without its port: the play door has its own. */
    @Override
    public String getPageTitle() {
        return title;
    }
}
