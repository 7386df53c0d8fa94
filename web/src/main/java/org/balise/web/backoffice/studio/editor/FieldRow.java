package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** Short fields side by side, sharing the width, each going under the other when the screen is narrow. */
final class FieldRow extends FlexLayout {

    FieldRow(Component... fields) {
        super(fields);
        setWidthFull();
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "0 var(--lumo-space-m)");
        for (Component field : fields) {
            setFlexBasis("12rem", field);
            setFlexGrow(1, field);
        }
    }
}
