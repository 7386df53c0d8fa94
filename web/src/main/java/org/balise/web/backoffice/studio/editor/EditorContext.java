package org.balise.web.backoffice.studio.editor;

/**
 * What a form of the editor works with: the fields bound to the draft, and a way to redraw the current part
 * after a change of structure (an item added, removed or moved shifts the pointers of those after it).
 *
 * @param redrawer redraws the part on screen from the draft, keeping the problems shown on their fields
 */
public record EditorContext(Fields fields, Runnable redrawer) {

    public DraftDocument draft() {
        return fields.draft();
    }

    /** Redraws the part on screen from the draft. */
    public void redraw() {
        redrawer.run();
    }
}
