package org.balise.engine.play.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A riddle's public part.
 *
 * @param kind the riddle's kind as the circuit format names it ({@code text}, {@code single-choice}, ...)
 * @param options the options of a choice riddle (in the author's order) or the items of an ordering riddle
 *     (shuffled for this team, never in the right order), each named by a per-team key; empty otherwise
 * @param manyAnswers whether several options may be ticked (multiple choice)
 * @param unit the unit shown next to a number's input; null otherwise
 * @param codeLength how many digits a code has, as a padlock shows its wheels; null for other kinds
 * @param photoWaiting whether a photo the team sent waits for the teacher
 */
public record RiddleView(
        String kind,
        String question,
        List<MediaView> media,
        List<OptionView> options,
        boolean manyAnswers,
        @Nullable String unit,
        @Nullable Integer codeLength,
        boolean photoWaiting) {

    public RiddleView {
        media = List.copyOf(media);
        options = List.copyOf(options);
    }
}
