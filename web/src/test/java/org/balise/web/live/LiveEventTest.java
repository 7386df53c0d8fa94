package org.balise.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveEventTest {

    @Test
    void itsFieldsAreMadeOnlyWhenReadAndOnce() {
        AtomicInteger made = new AtomicInteger();
        LiveEvent event = new LiveEvent("s1", "owls", "position-accepted", Instant.EPOCH, () -> {
            made.incrementAndGet();
            Map<String, Object> fields = new HashMap<>();
            fields.put("lat", 47.3);
            fields.put("accuracy", null);
            return fields;
        }, false);

        assertThat(made).hasValue(0);
        assertThat(event.data()).containsEntry("lat", 47.3).containsEntry("accuracy", null);
        assertThat(event.data()).isSameAs(event.data());
        assertThat(made).hasValue(1);
    }
}
