package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The team types a number.
 *
 * @param unit shown next to the input (e.g. metres); null when the number has none
 */
public record NumberRiddle(LocalizedText question, List<String> media, @Nullable LocalizedText unit, Answer answer)
        implements Riddle {

    public NumberRiddle {
        media = List.copyOf(media);
    }

    @Override
    public String kind() {
        return "number";
    }

    /**
     * @param value the right number
     * @param tolerance how far from {@code value} an answer may be and still count; not negative
     */
    public record Answer(double value, double tolerance) {
        public Answer {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("the value must be a finite number, was " + value);
            }
            if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
                throw new IllegalArgumentException("the tolerance must be a finite, non-negative number, was " + tolerance);
            }
        }
    }
}
