package org.balise.web.drafts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Media;
import org.balise.engine.circuit.validate.Problem;
import org.balise.engine.circuit.validate.Severity;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.CircuitMedia;
import org.balise.web.circuits.PublishedCircuit;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks a draft as publishing would: the engine's validation and geographic lint first, then what only the
 * studio knows — whether its media were uploaded, whether its version is free, whether its id is the author's.
 */
@Service
public class DraftChecks {

    private final CircuitLoader loader;
    private final CircuitCatalogue catalogue;
    private final CircuitMedia media;

    DraftChecks(CircuitLoader loader, CircuitCatalogue catalogue, CircuitMedia media) {
        this.loader = loader;
        this.catalogue = catalogue;
        this.media = media;
    }

    public Mono<DraftCheck> check(String json, Author author) {
        return Mono.fromCallable(() -> loader.load(json)).flatMap(result -> switch (result) {
            case LoadResult.Rejected rejected -> Mono.just(new DraftCheck(rejected.problems(), null, false));
            case LoadResult.Loaded loaded -> studioProblems(loaded.circuit(), json, author).map(studio -> {
                List<Problem> problems = new ArrayList<>(loaded.warnings());
                problems.addAll(studio.problems());
                return new DraftCheck(problems, loaded.circuit(), studio.published());
            });
        });
    }

    private Mono<StudioProblems> studioProblems(Circuit circuit, String json, Author author) {
        Mono<List<Problem>> missingMedia = Flux.range(0, circuit.media().size())
                .concatMap(k -> missing(circuit, k))
                .collectList();
        // An id belongs to whoever first published it (nobody's for a shipped circuit: administrators').
        Mono<List<Problem>> idTaken = catalogue.versionsOf(circuit.id())
                .sort(Comparator.comparing(PublishedCircuit::publishedAt))
                .next()
                .filter(first -> !author.administrator() && !author.username().equals(first.publishedBy()))
                .map(other -> List.of(new Problem(Severity.ERROR, "/id", "The id \"" + circuit.id()
                        + "\" is already used by a circuit another author published: choose another id.")))
                .defaultIfEmpty(List.of());
        Mono<Optional<PublishedCircuit>> sameVersion = catalogue.find(circuit.id(), circuit.version())
                .map(Optional::of).defaultIfEmpty(Optional.empty());
        return Mono.zip(missingMedia, idTaken, sameVersion)
                .map(found -> {
                    List<Problem> problems = new ArrayList<>(found.getT1());
                    problems.addAll(found.getT2());
                    boolean published = false;
                    if (found.getT3().isPresent()) {
                        published = found.getT3().get().sha256().equals(PublishedCircuit.sha256(json));
                        if (!published) {
                            problems.add(new Problem(Severity.ERROR, "/version", "Version " + circuit.version()
                                    + " is already published and a published version never changes: raise the"
                                    + " version (" + Versions.nextPatch(circuit.version())
                                    + " for corrections, a higher MINOR for new content)."));
                        }
                    }
                    return new StudioProblems(problems, published);
                });
    }

    private Mono<Problem> missing(Circuit circuit, int index) {
        Media medium = circuit.media().get(index);
        return media.exists(circuit.id(), medium.path())
                .filter(exists -> !exists)
                .map(absent -> new Problem(Severity.ERROR, "/media/" + index + "/path", "The file \""
                        + medium.path() + "\" has not been uploaded: upload the image again in Media."));
    }

    private record StudioProblems(List<Problem> problems, boolean published) {
    }
}
