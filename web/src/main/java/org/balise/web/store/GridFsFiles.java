package org.balise.web.store;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import reactor.core.publisher.Mono;

/** Reads files stored in GridFS whole: photos and images are small enough to hold in memory. */
public final class GridFsFiles {

    /** The metadata key under which Spring Data stores a file's media type. */
    public static final String CONTENT_TYPE = "_contentType";

    private GridFsFiles() {
    }

    /** The file's bytes, read whole. */
    public static Mono<byte[]> bytes(ReactiveGridFsTemplate gridFs, GridFSFile file) {
        return gridFs.getResource(file)
                .flatMap(resource -> DataBufferUtils.join(resource.getDownloadStream()))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                });
    }

    /** The file's metadata, empty when it has none. */
    public static Document metadata(GridFSFile file) {
        return file.getMetadata() == null ? new Document() : file.getMetadata();
    }
}
