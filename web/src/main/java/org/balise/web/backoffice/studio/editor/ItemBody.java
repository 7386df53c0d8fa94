package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import org.balise.engine.circuit.validate.Pointer;

/** Makes the fields of one item of an {@link ItemList}, bound under its pointer. */
@FunctionalInterface
public interface ItemBody {

    /**
     * @param item the pointer to the item, e.g. {@code /stations/0/hints/1}
     * @param index its place in the list, from 0
     */
    Component fieldsOf(Pointer item, int index);
}
