package org.balise.web.backoffice.studio;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import java.util.UUID;
import org.balise.web.RunningBalise;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.drafts.Author;
import org.balise.web.drafts.Draft;
import org.balise.web.drafts.DraftJson;
import org.balise.web.drafts.Drafts;
import org.springframework.security.core.Authentication;
import tools.jackson.databind.node.ObjectNode;

/** What the studio's view tests share: authors, and drafts made through the shared services. */
final class Studio {

    private Studio() {
    }

    static String someAuthor() {
        return "author-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static BrowserlessUIContext author(SecuredBrowserlessApplicationContext<Authentication> app, String username) {
        return app.newUser(username, "AUTHOR").newWindow();
    }

    static Drafts drafts(RunningBalise balise) {
        return balise.shared().getBean(Drafts.class);
    }

    /** The shipped sample as a draft of {@code username}'s under a fresh id: valid, with its image in the store. */
    static Draft validDraft(RunningBalise balise, String username) {
        Author author = new Author(username, false);
        Drafts drafts = drafts(balise);
        Draft fromSample = drafts.fromPublished(balise.shared().getBean(CircuitCatalogue.class)
                .find("sample", "1.0.0").block(), author).block();
        ObjectNode json = DraftJson.parse(fromSample.json());
        json.put("id", "studio-" + UUID.randomUUID().toString().substring(0, 8));
        json.put("version", "1.0.0");
        return drafts.save(fromSample, DraftJson.write(json), author).block();
    }

    static Draft reload(RunningBalise balise, Draft draft) {
        return drafts(balise).find(draft.id(), new Author(draft.owner(), false)).block();
    }
}
