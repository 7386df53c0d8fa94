package org.balise.web.drafts;

import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.CircuitRejectedException;
import org.balise.web.circuits.PublishedCircuit;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Publishes a draft as a new immutable version of the catalogue, only when its checks find no error.
 * Sessions already running keep the version they started with.
 */
@Service
public class DraftPublishing {

    private final DraftChecks checks;
    private final CircuitCatalogue catalogue;

    DraftPublishing(DraftChecks checks, CircuitCatalogue catalogue) {
        this.checks = checks;
        this.catalogue = catalogue;
    }

    /**
     * The published version. Publishing the same JSON again answers the version already published.
     *
     * @throws CircuitRejectedException (in the Mono) with every problem, when an error remains
     */
    public Mono<PublishedCircuit> publish(Draft draft, Author author) {
        if (!author.mayEdit(draft)) {
            return Mono.error(new DraftRefusedException("This draft belongs to another author."));
        }
        return checks.check(draft.json(), author).flatMap(check -> {
            if (!check.publishable()) {
                return Mono.error(new CircuitRejectedException(check.problems()));
            }
            return catalogue.publish(draft.json(), PublishedCircuit.Source.STUDIO, author.username())
                    .switchIfEmpty(Mono.defer(() -> catalogue.find(draft.circuitId(), draft.version())));
        });
    }
}
