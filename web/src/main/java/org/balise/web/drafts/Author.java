package org.balise.web.drafts;

/**
 * Who is writing: an author edits their own drafts and the circuits they published; an administrator
 * edits everything.
 */
public record Author(String username, boolean administrator) {

    boolean mayEdit(Draft draft) {
        return administrator || draft.owner().equals(username);
    }
}
