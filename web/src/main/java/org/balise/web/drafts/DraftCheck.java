package org.balise.web.drafts;

import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.validate.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What the checks found in a draft: the engine's problems and the studio's own (media not uploaded, a
 * version or an id already taken).
 *
 * @param circuit the playable circuit, when the engine loaded it (it may still have studio errors)
 * @param published whether exactly this JSON is already published under its version
 */
public record DraftCheck(List<Problem> problems, @Nullable Circuit circuit, boolean published) {

    public DraftCheck {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** Whether nothing stops publishing. */
    public boolean publishable() {
        return circuit != null && errors().isEmpty();
    }
}
