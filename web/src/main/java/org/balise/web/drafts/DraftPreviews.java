package org.balise.web.drafts;

import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameRules;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.CircuitRejectedException;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.SessionSettings;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets an author play their draft in the phone app's virtual mode before publishing it. The draft is
 * published as a preview — under an id of its own, never offered to classes — and a started session of it is
 * opened for the author, owned by no class (its join code lets any phone of the author's join it too).
 * Starting a new preview deletes the author's previous preview sessions and preview versions.
 */
@Service
public class DraftPreviews {

    /** Preview sessions belong to this owner, which no account can be, so no class list ever shows them. */
    static final String OWNER_PREFIX = "preview:";

    private final DraftChecks checks;
    private final CircuitCatalogue catalogue;
    private final GameSessions games;

    DraftPreviews(DraftChecks checks, CircuitCatalogue catalogue, GameSessions games) {
        this.checks = checks;
        this.catalogue = catalogue;
        this.games = games;
    }

    /** Whether a session is a studio preview rather than a class's game. */
    public static boolean isPreview(SessionDocument session) {
        return session.owner().startsWith(OWNER_PREFIX);
    }

    /**
     * A started preview session of the draft; its join code opens it on a phone.
     *
     * @throws CircuitRejectedException (in the Mono) when the draft has errors
     * @throws DraftRefusedException (in the Mono) when the circuit has no virtual mode
     */
    public Mono<SessionDocument> start(Draft draft, Author author) {
        if (!author.mayEdit(draft)) {
            return Mono.error(new DraftRefusedException("This draft belongs to another author."));
        }
        String owner = OWNER_PREFIX + author.username();
        return checks.check(draft.json(), author).flatMap(check -> {
            // The studio's own errors (a version already taken...) do not stop a preview; the engine's do.
            if (check.circuit() == null) {
                return Mono.error(new CircuitRejectedException(check.problems()));
            }
            if (!check.circuit().modes().contains(Mode.VIRTUAL)) {
                return Mono.error(new DraftRefusedException(
                        "The preview plays the virtual mode: add the virtual mode in the circuit's settings first."));
            }
            ObjectNode preview = DraftJson.parse(draft.json());
            String previewId = draft.circuitId() + "-preview-" + PublishedCircuit.sha256(draft.json()).substring(0, 8);
            preview.put("id", previewId);
            String json = DraftJson.write(preview);
            return games.sessionsOf(owner).concatMap(old -> games.delete(old.id())).then()
                    .then(catalogue.discardPreviews(author.username()))
                    .then(catalogue.publish(json, PublishedCircuit.Source.PREVIEW, author.username()))
                    .switchIfEmpty(Mono.defer(() -> catalogue.find(previewId, draft.version())))
                    .flatMap(published -> games.create(owner, new SessionSettings(published.circuitId(),
                            published.version(), Mode.VIRTUAL, List.of(), GameRules.DEFAULT, false, true)))
                    .flatMap(session -> games.start(session.id()).thenReturn(session));
        });
    }
}
