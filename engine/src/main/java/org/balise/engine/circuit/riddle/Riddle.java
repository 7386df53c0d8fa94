package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/**
 * What a team must solve at a station or as the final riddle. The kinds are closed: a {@code switch} over
 * a riddle is exhaustive.
 *
 * <p>Secrets live only in each kind's {@code answer} component ({@link LocationRiddle} has none: being
 * there is the proof).
 */
public sealed interface Riddle
        permits TextRiddle, NumberRiddle, SingleChoiceRiddle, MultipleChoiceRiddle, OrderingRiddle, CodeRiddle,
                LocationRiddle, PhotoRiddle {

    /** What the team reads. */
    LocalizedText question();

    /** Ids of the circuit's media illustrating the question, in display order. */
    List<String> media();

    /** The kind's name in the circuit format, e.g. {@code single-choice}. */
    String kind();
}
