package org.balise.engine.track;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The track files of src/test/resources/tracks, and tracks read from text. */
final class TrackResources {

    private TrackResources() {
    }

    static byte[] bytes(String fileName) {
        try (InputStream in = TrackResources.class.getResourceAsStream("/tracks/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no track file " + fileName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Track read(String fileName) throws TrackFileException {
        return TrackFiles.read(fileName, bytes(fileName));
    }

    static Track readText(String fileName, String content) throws TrackFileException {
        return TrackFiles.read(fileName, content.getBytes(StandardCharsets.UTF_8));
    }
}
