package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.balise.engine.circuit.validate.Pointer;
import tools.jackson.databind.JsonNode;

/**
 * A station's zone, drawn on the map above the form; for a circle also typed here (centre and radius), for an
 * author who took the coordinates on site.
 */
final class ZoneFields extends VerticalLayout {

    ZoneFields(EditorContext context, Pointer zone) {
        setPadding(false);
        setSpacing(false);
        Fields fields = context.fields();
        JsonNode shape = context.draft().get(zone);
        String type = shape.path("type").asString("");
        Button remove = new Button("Remove the zone", click -> {
            context.draft().remove(zone);
            context.redraw();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setEnabled(!shape.isMissingNode());

        if ("Circle".equals(type)) {
            var latitude = fields.decimal(zone.at("centre").at("lat"), "Centre latitude");
            var longitude = fields.decimal(zone.at("centre").at("lon"), "Centre longitude");
            var radius = fields.decimal(zone.at("radius"), "Radius (metres)");
            radius.setHelperText("At least 15 m: phones are often 10 m off in a street.");
            FlexLayout numbers = new FlexLayout(latitude, longitude, radius);
            numbers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            numbers.getStyle().set("gap", "0 var(--lumo-space-m)");
            latitude.setWidth("10rem");
            longitude.setWidth("10rem");
            radius.setWidth("10rem");
            add(numbers);
        } else if ("Polygon".equals(type)) {
            Paragraph points = new Paragraph("A polygon of " + Math.max(0, shape.path("coordinates").path(0).size() - 1)
                    + " corners: drag its corners on the map to reshape it.");
            add(fields.bound(zone, points));
        } else {
            add(new Paragraph("No zone: teams reach this station only by its other proofs (QR code, code on "
                + "site, teacher). Place a circle or draw a polygon on the map above to use GPS."));
        }
        add(remove);
    }
}
