package org.balise.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoToleranceTest {

    @ParameterizedTest(name = "{0} characters forgive {1}")
    @CsvSource({"0, 0", "1, 0", "3, 0", "4, 1", "7, 1", "8, 2", "30, 2"})
    void forgivesNoneUpToThreeOneUpToSevenTwoBeyond(int length, int edits) {
        assertThat(TypoTolerance.allowedEdits(length)).isEqualTo(edits);
    }
}
