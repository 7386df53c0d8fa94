package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** Plain HTML tables: they print as they look, unlike a grid that renders only its visible rows. */
final class Tables {

    private Tables() {
    }

    static NativeTable of(List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(header -> head.addHeaderCell().setText(header));
        for (List<String> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            cells.forEach(cell -> row.addDataCell().setText(cell));
        }
        return table;
    }
}
