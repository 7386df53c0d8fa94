package org.balise.engine.circuit.validate;

import java.util.List;
import org.balise.engine.circuit.model.Circuit;

/**
 * The semantic pass: runs every check over a circuit that already has the right shape and returns all the
 * problems found, errors and warnings, in the order the checks found them (the loader sorts them in file
 * order). Stateless and thread-safe; a run is linear in the circuit's size except for the pairwise
 * geographic lint (quadratic in stations).
 */
public final class CircuitValidator {

    private static final List<Check> CHECKS = List.of(
            new LanguageCheck(),
            new UniqueIdCheck(),
            new ReferenceCheck(),
            new UnusedContentCheck(),
            new RequirementCheck(),
            new UnlockGraphCheck(),
            new CoverageCheck(),
            new FinalRiddleCheck(),
            new PolygonCheck(),
            new ModeCheck(),
            new AnswerCheck(),
            new HintCheck(),
            new MediaPathCheck(),
            new GeographyLint(),
            new CompletenessCheck());

    private final ValidationOptions options;

    public CircuitValidator(ValidationOptions options) {
        this.options = options;
    }

    public List<Problem> validate(Circuit circuit) {
        Problems problems = new Problems();
        for (Check check : CHECKS) {
            check.check(circuit, options, problems);
        }
        return problems.toList();
    }
}
