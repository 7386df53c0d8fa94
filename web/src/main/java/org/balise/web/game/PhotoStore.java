package org.balise.web.game;

import org.balise.web.store.GridFsFiles;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The photos teams send for photo riddles, in GridFS, tagged with their session and team so that deleting
 * a session deletes them too. A teacher reviews them; nobody else reads them.
 */
@Component
public class PhotoStore {

    private final ReactiveGridFsTemplate gridFs;

    PhotoStore(ReactiveGridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    /** Stores an image already checked for size and type; answers its id. */
    public Mono<String> store(TeamDocument team, DataBuffer image, String contentType) {
        Document metadata = new Document("sessionId", team.sessionId()).append("teamId", team.id());
        return gridFs.store(Flux.just(image), "photo", contentType, metadata).map(id -> id.toHexString());
    }

    /** A stored photo with the session and team it belongs to; empty when there is none with this id. */
    public Mono<Photo> read(String photoId) {
        if (!ObjectId.isValid(photoId)) {
            return Mono.empty();
        }
        return gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(photoId))))
                .flatMap(file -> GridFsFiles.bytes(gridFs, file).map(bytes -> {
                    Document metadata = GridFsFiles.metadata(file);
                    return new Photo(photoId, bytes, metadata.getString(GridFsFiles.CONTENT_TYPE),
                            metadata.getString("sessionId"), metadata.getString("teamId"));
                }));
    }

    /** Deletes every photo of a session's teams. */
    public Mono<Void> deleteSession(String sessionId) {
        return gridFs.delete(Query.query(Criteria.where("metadata.sessionId").is(sessionId)));
    }

    /**
     * A photo as a team sent it.
     *
     * @param contentType its media type, checked by its first bytes when it was received
     */
    public record Photo(String id, byte[] bytes, String contentType, String sessionId, String teamId) {
    }
}
