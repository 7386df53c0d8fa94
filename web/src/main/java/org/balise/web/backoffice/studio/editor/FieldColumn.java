package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Fields one under the other, without the padding a page has: the body of a card or of a form's part. */
final class FieldColumn extends VerticalLayout {

    FieldColumn(Component... fields) {
        super(fields);
        setPadding(false);
        setSpacing(false);
    }
}
