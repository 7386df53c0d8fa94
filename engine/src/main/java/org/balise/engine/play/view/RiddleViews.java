package org.balise.engine.play.view;

import java.util.List;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.play.team.OptionKeys;
import org.balise.engine.play.team.RiddleProgress;

/**
 * A riddle's public part, built field by field: the {@code answer} component of a riddle is never read here,
 * except an ordering's right order, only to make sure the shuffled items are not shown in it, and a code's
 * length.
 */
final class RiddleViews {

    private RiddleViews() {
    }

    static RiddleView of(Riddle riddle, String teamId, String riddleKey, RiddleProgress progress, Localizer localizer) {
        String question = localizer.text(riddle.question());
        List<MediaView> media = localizer.media(riddle.media());
        boolean photoWaiting = progress.photo() != null;
        return switch (riddle) {
            case TextRiddle ignored -> plain(riddle, question, media, photoWaiting);
            case LocationRiddle ignored -> plain(riddle, question, media, photoWaiting);
            case PhotoRiddle ignored -> plain(riddle, question, media, photoWaiting);
            case NumberRiddle number -> new RiddleView(riddle.kind(), question, media, List.of(), false,
                    number.unit() == null ? null : localizer.text(number.unit()), null, photoWaiting);
            case CodeRiddle code -> new RiddleView(riddle.kind(), question, media, List.of(), false, null,
                    code.answer().digits().length(), photoWaiting);
            case SingleChoiceRiddle choice -> new RiddleView(riddle.kind(), question, media,
                    options(choice.options(), teamId, riddleKey, localizer), false, null, null, photoWaiting);
            case MultipleChoiceRiddle choice -> new RiddleView(riddle.kind(), question, media,
                    options(choice.options(), teamId, riddleKey, localizer), true, null, null, photoWaiting);
            case OrderingRiddle ordering -> new RiddleView(riddle.kind(), question, media,
                    options(OptionKeys.shuffled(teamId, riddleKey, ordering.items(), ordering.answer().order()), teamId,
                            riddleKey, localizer), false, null, null, photoWaiting);
        };
    }

    private static RiddleView plain(Riddle riddle, String question, List<MediaView> media, boolean photoWaiting) {
        return new RiddleView(riddle.kind(), question, media, List.of(), false, null, null, photoWaiting);
    }

    private static List<OptionView> options(List<Option> options, String teamId, String riddleKey, Localizer localizer) {
        return options.stream()
                .map(option -> new OptionView(OptionKeys.key(teamId, riddleKey, option.id()), localizer.text(option.text())))
                .toList();
    }
}
