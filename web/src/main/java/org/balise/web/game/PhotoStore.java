package org.balise.web.game;

import org.bson.Document;
import org.springframework.core.io.buffer.DataBuffer;
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
}
