package org.balise.web.drafts;

/** What an author asked of a draft cannot be done; the message says why, in a sentence for them. */
public class DraftRefusedException extends RuntimeException {

    public DraftRefusedException(String message) {
        super(message);
    }
}
