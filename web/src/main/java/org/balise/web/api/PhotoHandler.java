package org.balise.web.api;

import java.util.Map;
import org.balise.web.game.PhotoStore;
import org.balise.web.game.TeamDocument;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Receives a photo for a photo riddle: the raw image as the body, at most {@value #MAX_BYTES} bytes, a
 * JPEG, PNG or WebP by its first bytes (not by what the client claims). The team then submits the photo's
 * id with a {@code submit-photo} command.
 */
@Component
class PhotoHandler {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final PhotoStore photos;

    PhotoHandler(PhotoStore photos) {
        this.photos = photos;
    }

    Mono<ServerResponse> upload(ServerRequest request) {
        TeamDocument team = TeamAccess.team(request);
        return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), MAX_BYTES)
                .switchIfEmpty(Mono.error(() -> new ApiProblemException(ProblemType.INVALID_REQUEST,
                        "Send the photo as the request body.")))
                .flatMap(image -> {
                    String type = imageType(image);
                    if (type == null) {
                        DataBufferUtils.release(image);
                        return Mono.error(new ApiProblemException(ProblemType.INVALID_REQUEST,
                                "Send a JPEG, PNG or WebP image."));
                    }
                    return photos.store(team, image, type);
                })
                .flatMap(id -> ServerResponse.status(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("photoId", id)));
    }

    private static @org.jspecify.annotations.Nullable String imageType(DataBuffer image) {
        int length = image.readableByteCount();
        byte[] head = new byte[Math.min(12, length)];
        image.toByteBuffer(image.readPosition(), java.nio.ByteBuffer.wrap(head), 0, head.length);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return MediaType.IMAGE_JPEG_VALUE;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return MediaType.IMAGE_PNG_VALUE;
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
