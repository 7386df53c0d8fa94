package org.balise.web.circuits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.balise.web.store.GridFsFiles;
import org.bson.Document;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The circuits' media files: those shipped inside Balise, on the class path next to their circuit, and those
 * uploaded in the studio, in GridFS.
 *
 * <p>An uploaded file is named after its content ({@code media/fontaine-3f9a2c1e.jpg}), so a path always
 * means the same bytes: a published version keeps its images even when its draft gets new ones, and the
 * same image uploaded twice is stored once.
 */
@Service
public class CircuitMedia {

    private static final String MEDIA_KIND = "circuit-media";

    private final ReactiveGridFsTemplate gridFs;

    CircuitMedia(ReactiveGridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    /**
     * Stores an uploaded image and answers the path a circuit gives it.
     *
     * @param fileName the name on the author's computer, kept (simplified) in the path for them to recognise it
     * @throws MediaRefusedException (in the Mono) when the file is not an accepted image
     */
    public Mono<String> storeImage(byte[] bytes, String fileName) {
        return Mono.fromCallable(() -> ImageUploads.check(bytes))
                .flatMap(kind -> {
                    String path = "media/" + baseName(fileName) + "-" + digest(bytes) + "." + kind.extension();
                    return storeOnce(path, bytes, kind.contentType());
                });
    }

    /** The file at {@code path} of that circuit, shipped or uploaded; empty when there is none. */
    public Mono<MediaFile> read(String circuitId, String path) {
        if (!safe(circuitId, path)) {
            return Mono.empty();
        }
        ClassPathResource shipped = shipped(circuitId, path);
        if (shipped.exists()) {
            return Mono.fromCallable(() -> readShipped(shipped)).subscribeOn(Schedulers.boundedElastic());
        }
        return gridFs.findFirst(uploaded(path))
                .flatMap(file -> GridFsFiles.bytes(gridFs, file).map(bytes ->
                        new MediaFile(bytes, GridFsFiles.metadata(file).getString(GridFsFiles.CONTENT_TYPE))));
    }

    /** Whether that circuit's file at {@code path} exists, shipped or uploaded. */
    public Mono<Boolean> exists(String circuitId, String path) {
        if (!safe(circuitId, path)) {
            return Mono.just(false);
        }
        if (shipped(circuitId, path).exists()) {
            return Mono.just(true);
        }
        return stored(path);
    }

    /** Whether the file at {@code path} ships inside Balise with that circuit (rather than being uploaded). */
    public boolean isShipped(String circuitId, String path) {
        return safe(circuitId, path) && shipped(circuitId, path).exists();
    }

    /**
     * Copies a shipped file into the store under a content-named path, for a draft made from a shipped circuit
     * (whose id differs, so the class path no longer finds the file); answers the new path.
     */
    public Mono<String> copyShipped(String circuitId, String path) {
        return read(circuitId, path).flatMap(file -> {
            String extension = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : "bin";
            String copy = "media/" + baseName(path) + "-" + digest(file.bytes()) + "." + extension;
            return storeOnce(copy, file.bytes(), file.contentType());
        });
    }

    private Mono<String> storeOnce(String path, byte[] bytes, String contentType) {
        return stored(path).flatMap(already -> already ? Mono.just(path)
                : gridFs.store(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)), path, contentType,
                        new Document("kind", MEDIA_KIND)).thenReturn(path));
    }

    private Mono<Boolean> stored(String path) {
        return gridFs.findFirst(uploaded(path)).hasElement();
    }

    /** Only circuit media: GridFS also holds pupils' photos, which no circuit path may name. */
    private static Query uploaded(String path) {
        return Query.query(Criteria.where("filename").is(path).and("metadata.kind").is(MEDIA_KIND));
    }

    private static ClassPathResource shipped(String circuitId, String path) {
        return new ClassPathResource("circuits/" + circuitId + "/" + path);
    }

    /**
     * Whether a circuit id and a media path may be looked up at all: an id as the format writes them, and a
     * path that stays inside the circuit's folder (a draft's paths are not validated yet when its images are
     * shown).
     */
    static boolean safe(String circuitId, String path) {
        return circuitId.matches("[a-z0-9]+(-[a-z0-9]+)*")
                && path.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")
                && Arrays.stream(path.split("/")).noneMatch(segment -> segment.equals("..") || segment.equals("."));
    }

    private static MediaFile readShipped(ClassPathResource shipped) {
        try (InputStream in = shipped.getInputStream()) {
            String type = MediaTypeFactory.getMediaType(shipped).map(Object::toString).orElse("application/octet-stream");
            return new MediaFile(in.readAllBytes(), type);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return Slug.of(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name, 30, "image");
    }

    private static String digest(byte[] bytes) {
        return Digests.sha256(bytes).substring(0, 12);
    }
}
