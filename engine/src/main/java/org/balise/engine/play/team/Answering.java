package org.balise.engine.play.team;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balise.engine.answer.AnswerChecker;
import org.balise.engine.answer.Response;
import org.balise.engine.answer.Verdict;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.SolvedBy;

/** Answers and hints. */
final class Answering {

    private Answering() {
    }

    /**
     * An answer to a reached, unsolved riddle, outside a cool-down: right, it solves the riddle; wrong, it
     * counts an attempt (and may begin a cool-down); unreadable, it is refused without counting.
     */
    static void submitAnswer(Decision d, SubmitAnswer command) {
        if (!Guards.playing(d)) {
            return;
        }
        Optional<Target> found = Target.unsolved(d, command.riddle());
        if (found.isEmpty()) {
            return;
        }
        Target target = found.get();
        if (target.locationOnly() || target.riddle() instanceof PhotoRiddle) {
            d.refuse(RefusalReason.NOTHING_TO_ANSWER, target.locationOnly()
                    ? "Being at the station is the answer to this riddle." : "This riddle is answered with a photo.");
            return;
        }
        Attempts attempts = target.progress().attempts();
        if (attempts.coolingDown(d.now())) {
            d.refuse(RefusalReason.TOO_MANY_ATTEMPTS, "Too many wrong answers: try again after "
                    + attempts.coolDownUntil() + ".");
            return;
        }
        Optional<Response> response = response(d.state().teamId(), target, command.answer());
        if (response.isEmpty()) {
            d.refuse(RefusalReason.ANSWER_NOT_UNDERSTOOD, "That is not one of this riddle's options.");
            return;
        }
        String given = shown(command.answer());
        switch (AnswerChecker.check(target.riddle(), response.get(), d.context().languages())) {
            case Verdict.Unreadable unreadable -> d.refuse(RefusalReason.ANSWER_NOT_UNDERSTOOD, unreadable.why());
            case Verdict.Incorrect ignored -> d.emit(new WrongAnswerGiven(d.commandId(), d.now(), target.key(), given,
                    attempts.wrong() + 1, attempts.coolDownAfterWrong(d.context().rules(), d.now())));
            case Verdict.Correct correct -> {
                d.emit(new CorrectAnswerGiven(d.commandId(), d.now(), target.key(), given, correct.match()));
                target.solve(d, SolvedBy.ANSWER, d.now());
            }
        }
    }

    /** A hint of a reached, unsolved riddle, once its delay has been played since the team could start on it. */
    static void takeHint(Decision d, TakeHint command) {
        if (!Guards.playing(d)) {
            return;
        }
        Optional<Target> found = Target.unsolved(d, command.riddle());
        if (found.isEmpty()) {
            return;
        }
        Target target = found.get();
        Optional<Hint> hint = target.hints().stream().filter(h -> h.id().equals(command.hintId())).findFirst();
        if (hint.isEmpty()) {
            d.refuse(RefusalReason.UNKNOWN_HINT, "The riddle " + target.key() + " has no hint " + command.hintId() + ".");
            return;
        }
        if (target.progress().hint(command.hintId()).isPresent()) {
            d.refuse(RefusalReason.HINT_ALREADY_TAKEN, "The team already took hint " + command.hintId() + ".");
            return;
        }
        Duration played = d.context().clock().played(target.since(), d.now());
        Duration missing = hint.get().availableAfter().minus(played);
        if (missing.isPositive()) {
            d.refuse(RefusalReason.HINT_NOT_YET_AVAILABLE, "Hint " + command.hintId() + " opens in "
                    + missing.toSeconds() + " s of play.");
            return;
        }
        int cost = hint.get().cost();
        int charged = -d.context().rules().applicable(d.state().score(), -cost);
        d.emit(new HintTaken(d.commandId(), d.now(), target.key(), command.hintId(), cost, charged));
    }

    /** The answer in the circuit's terms: keys of the player view become option and item ids. */
    private static Optional<Response> response(String teamId, Target target, GivenAnswer answer) {
        return switch (answer) {
            case GivenAnswer.Typed typed -> Optional.of(new Response.Typed(typed.text()));
            case GivenAnswer.Chosen chosen -> ids(teamId, target, chosen.keys()).map(Response.Chosen::new);
            case GivenAnswer.Ordered ordered -> ids(teamId, target, ordered.keys()).map(Response.Ordered::new);
        };
    }

    private static Optional<List<String>> ids(String teamId, Target target, List<String> keys) {
        List<Option> options = options(target.riddle());
        List<String> ids = new ArrayList<>(keys.size());
        for (String key : keys) {
            Optional<String> id = OptionKeys.resolve(teamId, target.key(), options, key);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            ids.add(id.get());
        }
        return Optional.of(ids);
    }

    private static List<Option> options(Riddle riddle) {
        return switch (riddle) {
            case SingleChoiceRiddle choice -> choice.options();
            case MultipleChoiceRiddle choice -> choice.options();
            case OrderingRiddle ordering -> ordering.items();
            default -> List.of();
        };
    }

    /** What the team sent, as events keep it: its text, or the keys it chose (never the circuit's ids). */
    private static String shown(GivenAnswer answer) {
        return switch (answer) {
            case GivenAnswer.Typed typed -> typed.text();
            case GivenAnswer.Chosen chosen -> String.join(", ", chosen.keys());
            case GivenAnswer.Ordered ordered -> String.join(", ", ordered.keys());
        };
    }
}
