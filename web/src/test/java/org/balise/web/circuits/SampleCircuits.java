package org.balise.web.circuits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Valid circuits for tests: the shipped sample under other ids and versions. */
public final class SampleCircuits {

    private SampleCircuits() {
    }

    public static String sample() {
        try (InputStream in = SampleCircuits.class.getResourceAsStream("/circuits/sample/circuit.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String withId(String id, String version) {
        return sample()
                .replaceFirst("\"id\":\\s*\"sample\"", "\"id\": \"" + id + "\"")
                .replaceFirst("\"version\":\\s*\"[^\"]*\"", "\"version\": \"" + version + "\"");
    }
}
