package org.balise.web.backoffice.studio;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import org.balise.web.drafts.Author;
import org.springframework.stereotype.Component;

/** Who is writing in the studio: the signed-in author, and whether they are an administrator. */
@Component
class StudioAccess {

    /** How long a view waits for the store before giving up. */
    static final Duration STORE_TIMEOUT = Duration.ofSeconds(10);

    private final AuthenticationContext authentication;

    StudioAccess(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    Author author() {
        String username = authentication.getPrincipalName()
                .orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        return new Author(username, authentication.hasRole("ADMIN"));
    }
}
