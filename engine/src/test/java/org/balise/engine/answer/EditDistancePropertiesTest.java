package org.balise.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class EditDistancePropertiesTest {

    @Property
    void theDistanceIsSymmetric(@ForAll @Chars({'a', 'b', 'c'}) @StringLength(max = 8) String a,
            @ForAll @Chars({'a', 'b', 'c'}) @StringLength(max = 8) String b) {
        assertThat(EditDistance.between(a, b)).isEqualTo(EditDistance.between(b, a));
    }

    @Property
    void aTextIsAtDistanceZeroOnlyFromItself(@ForAll @StringLength(max = 8) String a,
            @ForAll @StringLength(max = 8) String b) {
        assertThat(EditDistance.between(a, b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void theDistanceNeverExceedsTheLongerLength(@ForAll @Chars({'a', 'b'}) @StringLength(max = 10) String a,
            @ForAll @Chars({'a', 'b'}) @StringLength(max = 10) String b) {
        assertThat(EditDistance.between(a, b)).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
    }

    @Property
    void theBoundedCheckAgreesWithTheFullDistance(@ForAll @Chars({'a', 'b', 'c'}) @StringLength(max = 9) String a,
            @ForAll @Chars({'a', 'b', 'c'}) @StringLength(max = 9) String b, @ForAll @IntRange(max = 4) int bound) {
        assertThat(EditDistance.within(a, b, bound)).isEqualTo(EditDistance.between(a, b) <= bound);
    }
}
