package org.balise.web.backoffice.classroom.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ClassroomJoinAddressTest {

    @Test
    void thePlayDoorIsOnItsOwnPortOfTheHostTheTeacherUsed() {
        JoinAddress address = new JoinAddress(new MockEnvironment().withProperty("balise.play.port", "9090"));

        assertThat(address.joinUrl("K7PQ2M", "http", "school.local")).isEqualTo("http://school.local:9090/join/K7PQ2M");
    }

    @Test
    void aPublicAddressBehindAProxyWinsOverThePort() {
        JoinAddress address = new JoinAddress(new MockEnvironment().withProperty("balise.play.port", "9090")
                .withProperty("balise.public-play-url", "https://jeu.example.org/"));

        assertThat(address.joinUrl("K7PQ2M", "http", "school.local")).isEqualTo("https://jeu.example.org/join/K7PQ2M");
    }

    @Test
    void aDefaultPortIsNotWritten() {
        JoinAddress address = new JoinAddress(new MockEnvironment().withProperty("balise.play.port", "443"));

        assertThat(address.joinUrl("K7PQ2M", "https", "balise.example.org"))
                .isEqualTo("https://balise.example.org/join/K7PQ2M");
    }
}
