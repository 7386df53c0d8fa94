package org.balise.web.backoffice.studio.map;

import tools.jackson.databind.node.ObjectNode;

/** What {@link ZoneReader} made of a zone: a clean, rounded zone, or why there is none. */
sealed interface ZoneVerdict {

    /** A zone written afresh by {@link ZoneJson}: nothing of the input but its numbers. */
    record Accepted(ObjectNode zone) implements ZoneVerdict {
    }

    /** A plain sentence, which never repeats the input (it may be forged, and it ends up in a log). */
    record Rejected(String reason) implements ZoneVerdict {
    }
}
