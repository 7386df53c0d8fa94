package org.balise.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumberTest {

    private static final List<String> FR_EN = List.of("fr", "en");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            42              | 42
            '  42 '         | 42
            3,5             | 3.5
            3.5             | 3.5
            1 000           | 1000
            1 000 000       | 1000000
            1'000           | 1000
            1.000.000       | 1000000
            1,000.5         | 1000.5
            1.000,5         | 1000.5
            -7              | -7
            − 7             | -7
            +7              | 7
            12 m            | 12
            12m             | 12
            316 marches     | 316
            ４２            | 42
            douze           | 12
            douze mètres    | 12
            twenty-one      | 21
            moins trois     | -3
            vingt et un     | 21
            .5              | 0.5
            """)
    void readsNumbersAsPeopleTypeThem(String typed, double value) {
        assertThat(TypedNumber.parse(typed, FR_EN)).hasValue(value);
    }

    @ParameterizedTest(name = "\"{0}\" is not one number")
    @ValueSource(strings = {"", "   ", "beaucoup", "12 ou 13", "douze ou treize", "3-4", "1..2", "12 3", "1.00.0", "1,5,", "trois cent seize"})
    void refusesWhatIsNotExactlyOneNumber(String typed) {
        assertThat(TypedNumber.parse(typed, FR_EN)).isEmpty();
    }
}
