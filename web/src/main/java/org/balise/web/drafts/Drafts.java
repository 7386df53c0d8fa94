package org.balise.web.drafts;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.CircuitMedia;
import org.balise.web.circuits.PublishedCircuit;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The studio's drafts: created, imported, duplicated, saved and deleted by their authors. A draft keeps
 * whatever its author wrote, valid or not; only publishing ({@link DraftPublishing}) asks for a valid circuit.
 *
 * <p>Every method checks that the author may touch the draft, whatever the caller already checked.
 */
@Service
public class Drafts {

    private final DraftRepository drafts;
    private final CircuitCatalogue catalogue;
    private final CircuitMedia media;
    private final Clock clock;

    Drafts(DraftRepository drafts, CircuitCatalogue catalogue, CircuitMedia media, Clock clock) {
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.media = media;
        this.clock = clock;
    }

    /** The drafts this author may open: their own, or all of them for an administrator. */
    public Flux<Draft> visibleTo(Author author) {
        return author.administrator() ? drafts.findAll() : drafts.findByOwner(author.username());
    }

    /** The draft, when it exists and this author may open it. */
    public Mono<Draft> find(String draftId, Author author) {
        return drafts.findById(draftId).filter(author::mayEdit);
    }

    /** A new circuit with no station yet, under an id no other draft or published circuit uses. */
    public Mono<Draft> create(NewCircuit circuit, Author author) {
        return freeId(circuit.suggestedId())
                .flatMap(id -> insert(circuit.json(id, author.username()), author));
    }

    /**
     * A draft holding an author's JSON file as it is, problems included, so that the checks can list them.
     *
     * @throws DraftRefusedException (in the Mono) when the file is not JSON or not a JSON object
     */
    public Mono<Draft> importJson(String json, Author author) {
        return Mono.fromCallable(() -> DraftJson.parse(json)).flatMap(circuit -> insert(circuit, author));
    }

    /** A copy of a draft, under a free id, owned by whoever copied it. */
    public Mono<Draft> duplicate(Draft original, Author author) {
        if (!author.mayEdit(original)) {
            return Mono.error(new DraftRefusedException("This draft belongs to another author."));
        }
        ObjectNode copy = DraftJson.parse(original.json());
        return freeId(original.circuitId().isEmpty() ? "circuit" : original.circuitId() + "-copy")
                .flatMap(id -> {
                    copy.put("id", id);
                    copy.put("version", "1.0.0");
                    return insert(copy, author);
                });
    }

    /**
     * A draft from a published version: its next version (same id, next patch version) for its publisher or
     * an administrator, else a copy under a new id. Media shipped inside Balise are copied into the store,
     * where the draft's future versions will find them.
     */
    public Mono<Draft> fromPublished(PublishedCircuit published, Author author) {
        ObjectNode circuit = DraftJson.parse(published.json());
        Mono<Void> identified;
        if (mayContinue(published, author)) {
            circuit.put("version", Versions.nextPatch(published.version()));
            identified = Mono.empty();
        } else {
            // Someone else's circuit: a copy of one's own, under a new id.
            identified = freeId(published.circuitId() + "-copy").doOnNext(id -> {
                circuit.put("id", id);
                circuit.put("version", "1.0.0");
            }).then();
        }
        return identified.then(copyShippedMedia(published.circuitId(), circuit))
                .then(Mono.defer(() -> insert(circuit, author)));
    }

    /** Whether the author may write the next version of a published circuit: its publisher, or an administrator. */
    public static boolean mayContinue(PublishedCircuit published, Author author) {
        return author.administrator() || author.username().equals(published.publishedBy());
    }

    /**
     * Saves the author's new JSON over the draft they opened.
     *
     * @throws DraftRefusedException (in the Mono) when someone else saved it meanwhile: nothing is
     *     overwritten, the author reloads it
     */
    public Mono<Draft> save(Draft opened, String json, Author author) {
        if (!author.mayEdit(opened)) {
            return Mono.error(new DraftRefusedException("This draft belongs to another author."));
        }
        DraftSummary summary = DraftSummary.of(DraftJson.parse(json));
        return drafts.save(opened.withJson(summary, json, clock.instant()))
                .onErrorMap(OptimisticLockingFailureException.class, changed -> new DraftRefusedException(
                        "This draft was saved from another window meanwhile. Reload it to see the latest version."));
    }

    public Mono<Void> delete(Draft draft, Author author) {
        if (!author.mayEdit(draft)) {
            return Mono.error(new DraftRefusedException("This draft belongs to another author."));
        }
        return drafts.deleteById(draft.id());
    }

    private Mono<Draft> insert(ObjectNode circuit, Author author) {
        var now = clock.instant();
        DraftSummary summary = DraftSummary.of(circuit);
        return drafts.insert(new Draft(UUID.randomUUID().toString(), author.username(), summary.circuitId(),
                summary.version(), summary.title(), DraftJson.write(circuit), now, now, null));
    }

    /** {@code wanted}, or {@code wanted-2}, {@code wanted-3}…: the first id neither a draft nor a published circuit has. */
    private Mono<String> freeId(String wanted) {
        return Flux.merge(drafts.findAll().map(Draft::circuitId), catalogue.all().map(PublishedCircuit::circuitId))
                .collect(HashSet<String>::new, Set::add)
                .map(taken -> {
                    String id = wanted;
                    for (int n = 2; taken.contains(id); n++) {
                        id = wanted + "-" + n;
                    }
                    return id;
                });
    }

    private Mono<Void> copyShippedMedia(String circuitId, ObjectNode circuit) {
        return Flux.fromIterable(circuit.path("media"))
                .filter(JsonNode::isObject)
                .cast(ObjectNode.class)
                .filter(medium -> medium.path("path").isString()
                        && media.isShipped(circuitId, medium.path("path").asString()))
                .concatMap(medium -> media.copyShipped(circuitId, medium.path("path").asString())
                        .doOnNext(copied -> medium.put("path", copied)))
                .then();
    }
}
