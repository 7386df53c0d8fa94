package org.balise.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexKeyTypeTest {

    private static final List<KeyValue> KEYS = List.of(
            new KeyValue("team-1", 1L), new KeyValue("team-1", 2L), new KeyValue("team-1", 10L),
            new KeyValue("team-10", 1L), new KeyValue("team-2", 1L), new KeyValue("team-2"),
            new KeyValue("team-2", 1), new KeyValue("team-2", 1.0), new KeyValue(1L), new KeyValue((Object) null));

    @Test
    void keysAreEqualInTheOrderExactlyWhenTheyAreEqual() {
        for (KeyValue a : KEYS) {
            for (KeyValue b : KEYS) {
                assertThat(IndexKeyType.INSTANCE.compare(a, b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(IndexKeyType.INSTANCE.compare(a, b)))
                        .as("%s vs %s, then the other way", a, b)
                        .isEqualTo(-Integer.signum(IndexKeyType.INSTANCE.compare(b, a)));
            }
        }
    }

    @Test
    void valuesFollowMongoDbsOrderElementByElement() {
        List<KeyValue> sorted = new ArrayList<>(List.of(new KeyValue("team-1", 10L), new KeyValue("team-2"),
                new KeyValue("team-1", 2L), new KeyValue("team-1", 1L)));

        sorted.sort(IndexKeyType.INSTANCE::compare);

        assertThat(sorted).containsExactly(new KeyValue("team-1", 1L), new KeyValue("team-1", 2L),
                new KeyValue("team-1", 10L), new KeyValue("team-2"));
    }

    @Test
    void theOrderIsTransitiveOverMixedKeys() {
        for (KeyValue a : KEYS) {
            for (KeyValue b : KEYS) {
                for (KeyValue c : KEYS) {
                    if (IndexKeyType.INSTANCE.compare(a, b) < 0 && IndexKeyType.INSTANCE.compare(b, c) < 0) {
                        assertThat(IndexKeyType.INSTANCE.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }
}
