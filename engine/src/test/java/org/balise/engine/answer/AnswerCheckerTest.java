package org.balise.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.circuit.riddle.Matching;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.i18n.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckerTest {

    private static final List<String> FR_EN = List.of("fr", "en");
    private static final LocalizedText QUESTION = new LocalizedText(Map.of("fr", "?", "en", "?"));

    private static TextRiddle text(Matching matching, String... accepted) {
        return new TextRiddle(QUESTION, List.of(), new TextRiddle.Answer(List.of(accepted), matching));
    }

    private static Verdict typed(Riddle riddle, String text) {
        return AnswerChecker.check(riddle, new Response.Typed(text), FR_EN);
    }

    @ParameterizedTest(name = "\"{1}\" for \"{0}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Bareuzai        | Bareuzai             | EXACT
            Bareuzai        | '  Bareuzai  '       | EXACT
            Bareuzai        | bareuzaï             | SAME_FORM
            Bareuzai        | le bareuzai          | TYPO
            Bareuzai        | Barezuai             | TYPO
            Bareuzai        | Barzeuia             | WRONG
            François Pompon | francois-pompon      | SAME_FORM
            François Pompon | François Pompom      | TYPO
            Pompon          | Pompom               | TYPO
            Pompon          | Pompin               | TYPO
            Pompon          | Pompim               | WRONG
            Pompon          | Pimpim               | WRONG
            Dijon           | DIJON!               | SAME_FORM
            Dijon           | Dijno                | TYPO
            Dijon           | Lyon                 | WRONG
            Ours            | Our                  | TYPO
            Roi             | Loi                  | WRONG
            3 petits cochons| trois petits cochons | SAME_FORM
            3 petits cochons| three petits cochons | SAME_FORM
            1945            | 1946                 | WRONG
            Apollo 11       | Apolo 11             | TYPO
            Apollo 11       | Apollo 12            | WRONG
            vingt et un     | 21                   | SAME_FORM
            """)
    void typedTextIsFoldedThenForgivenAFewTypos(String accepted, String given, String expected) {
        Verdict verdict = typed(text(Matching.DEFAULT, accepted), given);

        if (expected.equals("WRONG")) {
            assertThat(verdict).isInstanceOf(Verdict.Incorrect.class);
        } else {
            assertThat(verdict).isInstanceOfSatisfying(Verdict.Correct.class,
                    correct -> assertThat(correct.match()).isEqualTo(Match.valueOf(expected)));
        }
    }

    @Test
    void anyOfTheAcceptedAnswersCounts() {
        TextRiddle riddle = text(Matching.DEFAULT, "Pompon", "François Pompon");

        assertThat(typed(riddle, "françois pompon").isCorrect()).isTrue();
        assertThat(typed(riddle, "pompon").isCorrect()).isTrue();
    }

    @Test
    void withoutTypoToleranceOnlyTheSameFormCounts() {
        TextRiddle riddle = text(new Matching(false, false, false), "Dijon");

        assertThat(typed(riddle, "dijon").isCorrect()).isTrue();
        assertThat(typed(riddle, "Dijno").isCorrect()).isFalse();
    }

    @Test
    void aCaseSensitiveAnswerNeedsItsCapitals() {
        TextRiddle riddle = text(new Matching(false, true, false), "NaCl");

        assertThat(typed(riddle, "NaCl").isCorrect()).isTrue();
        assertThat(typed(riddle, "nacl").isCorrect()).isFalse();
    }

    @Test
    void anAccentSensitiveAnswerNeedsItsAccents() {
        TextRiddle riddle = text(new Matching(false, false, true), "Pâte");

        assertThat(typed(riddle, "pâte").isCorrect()).isTrue();
        assertThat(typed(riddle, "pate").isCorrect()).isFalse();
    }

    @Test
    void anEmptyTextIsNotAnAttempt() {
        assertThat(typed(text(Matching.DEFAULT, "Dijon"), " ?! ")).isInstanceOf(Verdict.Unreadable.class);
    }

    @ParameterizedTest(name = "\"{0}\" for 42 ± 1: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            42             | EXACT
            quarante-deux  | EXACT
            forty-two      | EXACT
            42,0           | EXACT
            41             | WITHIN_TOLERANCE
            43 marches     | WITHIN_TOLERANCE
            42.5           | WITHIN_TOLERANCE
            44             | WRONG
            40             | WRONG
            """)
    void aNumberCountsWithinItsTolerance(String given, String expected) {
        NumberRiddle riddle = new NumberRiddle(QUESTION, List.of(), null, new NumberRiddle.Answer(42, 1));
        Verdict verdict = typed(riddle, given);

        if (expected.equals("WRONG")) {
            assertThat(verdict).isInstanceOf(Verdict.Incorrect.class);
        } else {
            assertThat(verdict).isInstanceOfSatisfying(Verdict.Correct.class,
                    correct -> assertThat(correct.match()).isEqualTo(Match.valueOf(expected)));
        }
    }

    @Test
    void aToleranceOfATenthAcceptsATenthDespiteBinaryFractions() {
        NumberRiddle riddle = new NumberRiddle(QUESTION, List.of(), null, new NumberRiddle.Answer(3.0, 0.1));

        assertThat(typed(riddle, "3,1").isCorrect()).isTrue();
        assertThat(typed(riddle, "3.11").isCorrect()).isFalse();
    }

    @Test
    void textThatIsNotANumberIsNotAnAttemptAtANumberRiddle() {
        NumberRiddle riddle = new NumberRiddle(QUESTION, List.of(), null, new NumberRiddle.Answer(42, 0));

        assertThat(typed(riddle, "beaucoup")).isInstanceOf(Verdict.Unreadable.class);
    }

    @ParameterizedTest(name = "\"{0}\" for 0427: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0427      | true
            04 27     | true
            04-27     | true
            ０４２７  | true
            427       | false
            0428      | false
            0247      | false
            04270     | false
            """)
    void aCodeNeedsEveryDigitInOrderAndForgivesNoTypo(String given, boolean right) {
        CodeRiddle riddle = new CodeRiddle(QUESTION, List.of(), new CodeRiddle.Answer("0427"));

        assertThat(typed(riddle, given).isCorrect()).isEqualTo(right);
    }

    @Test
    void lettersAreNotACode() {
        CodeRiddle riddle = new CodeRiddle(QUESTION, List.of(), new CodeRiddle.Answer("0427"));

        assertThat(typed(riddle, "o427")).isInstanceOf(Verdict.Unreadable.class);
    }

    private static final List<Option> OPTIONS = List.of(new Option("a", QUESTION), new Option("b", QUESTION),
            new Option("c", QUESTION));

    @Test
    void aSingleChoiceNeedsExactlyTheRightOption() {
        SingleChoiceRiddle riddle = new SingleChoiceRiddle(QUESTION, List.of(), OPTIONS, new SingleChoiceRiddle.Answer("b"));

        assertThat(AnswerChecker.check(riddle, new Response.Chosen(List.of("b")), FR_EN).isCorrect()).isTrue();
        assertThat(AnswerChecker.check(riddle, new Response.Chosen(List.of("a")), FR_EN)).isInstanceOf(Verdict.Incorrect.class);
        assertThat(AnswerChecker.check(riddle, new Response.Chosen(List.of("a", "b")), FR_EN))
                .isInstanceOf(Verdict.Unreadable.class);
        assertThat(AnswerChecker.check(riddle, new Response.Chosen(List.of("z")), FR_EN))
                .isInstanceOf(Verdict.Unreadable.class);
        assertThat(AnswerChecker.check(riddle, new Response.Typed("b"), FR_EN)).isInstanceOf(Verdict.Unreadable.class);
    }

    @Test
    void aMultipleChoiceNeedsExactlyTheSetOfRightOptions() {
        MultipleChoiceRiddle riddle = new MultipleChoiceRiddle(QUESTION, List.of(), OPTIONS,
                new MultipleChoiceRiddle.Answer(List.of("a", "c")));

        assertThat(AnswerChecker.check(riddle, new Response.Chosen(List.of("c", "a")), FR_EN).isCorrect()).isTrue();
        assertThat(AnswerChecker.check(riddle, new Response.Chosen(List.of("a")), FR_EN).isCorrect()).isFalse();
        assertThat(AnswerChecker.check(riddle, new Response.Chosen(List.of("a", "b", "c")), FR_EN).isCorrect()).isFalse();
        assertThat(AnswerChecker.check(riddle, new Response.Chosen(List.of()), FR_EN)).isInstanceOf(Verdict.Unreadable.class);
    }

    @Test
    void anOrderingNeedsEveryItemOnceInExactlyTheRightOrder() {
        OrderingRiddle riddle = new OrderingRiddle(QUESTION, List.of(), OPTIONS,
                new OrderingRiddle.Answer(List.of("c", "a", "b")));

        assertThat(AnswerChecker.check(riddle, new Response.Ordered(List.of("c", "a", "b")), FR_EN).isCorrect()).isTrue();
        assertThat(AnswerChecker.check(riddle, new Response.Ordered(List.of("a", "c", "b")), FR_EN))
                .isInstanceOf(Verdict.Incorrect.class);
        assertThat(AnswerChecker.check(riddle, new Response.Ordered(List.of("c", "a")), FR_EN))
                .isInstanceOf(Verdict.Unreadable.class);
        assertThat(AnswerChecker.check(riddle, new Response.Ordered(List.of("c", "a", "a")), FR_EN))
                .isInstanceOf(Verdict.Unreadable.class);
    }

    @Test
    void locationAndPhotoRiddlesAreNotAnsweredHere() {
        LocationRiddle location = new LocationRiddle(QUESTION, List.of());
        PhotoRiddle photo = new PhotoRiddle(QUESTION, List.of(), new PhotoRiddle.Answer(QUESTION));

        assertThat(typed(location, "ici")).isInstanceOf(Verdict.Unreadable.class);
        assertThat(typed(photo, "photo")).isInstanceOf(Verdict.Unreadable.class);
    }
}
