package org.balise.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "pompon, pompon, 0",
        "pompon, pompom, 1",
        "pompon, popmon, 1",
        "pompon, pomon, 1",
        "pompon, pompons, 1",
        "bareuzai, barezuai, 1",
        "bareuzai, barzeuia, 3",
        "ca, abc, 3",
        "'', abc, 3",
        "dijon, dijno, 1",
    })
    void countsInsertionsDeletionsSubstitutionsAndSwapsOnceEach(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
        assertThat(EditDistance.within(a, b, distance)).isTrue();
        assertThat(EditDistance.within(a, b, distance - 1)).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({"é, e, 1", "😀a, a😀, 1"})
    void countsCodePointsNotChars(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
    }
}
