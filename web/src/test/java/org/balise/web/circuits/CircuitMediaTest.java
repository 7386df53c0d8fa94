package org.balise.web.circuits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import reactor.core.publisher.Flux;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uploaded images in GridFS, next to the shipped ones on the class path. */
@ExtendWith(RunningBaliseExtension.class)
class CircuitMediaTest {

    /** The smallest PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private final CircuitMedia media;
    private final ReactiveGridFsTemplate gridFs;

    CircuitMediaTest(RunningBalise balise) {
        media = balise.shared().getBean(CircuitMedia.class);
        gridFs = balise.shared().getBean(ReactiveGridFsTemplate.class);
    }

    @Test
    void anUploadedImageIsNamedAfterItsContentAndReadBack() {
        String path = media.storeImage(PNG, "Fontaine d'Ouche.PNG").block();

        assertThat(path).matches("media/fontaine-d-ouche-[0-9a-f]{12}\\.png");
        MediaFile file = media.read("any-circuit", path).block();
        assertThat(file.bytes()).isEqualTo(PNG);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(media.storeImage(PNG, "Fontaine d'Ouche.PNG").block()).as("stored once").isEqualTo(path);
    }

    @Test
    void shippedFilesAreFoundOnTheClassPath() {
        assertThat(media.exists("sample", "media/cover.svg").block()).isTrue();
        assertThat(media.exists("sample", "media/nothing-here.png").block()).isFalse();
    }

    @Test
    void aPathLeavingTheCircuitsFolderOrNamingAPupilsPhotoFindsNothing() {
        assertThat(media.read("sample", "../../application.properties").block()).isNull();
        assertThat(media.exists("sample", "../sample/media/cover.svg").block()).isFalse();
        assertThat(media.exists("../circuits", "sample/media/cover.svg").block()).isFalse();
        // Pupils' photos live in the same GridFS bucket, all named "photo".
        gridFs.store(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(PNG)), "photo", "image/png",
                new org.bson.Document("sessionId", "s").append("teamId", "t")).block();
        assertThat(media.exists("sample", "photo").block()).isFalse();
        assertThat(media.read("sample", "photo").block()).isNull();
    }

    @Test
    void onlyRealImagesOfAcceptedTypesAndSizesAreTaken() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> media.storeImage(svg, "innocent.png").block())
                .isInstanceOf(MediaRefusedException.class).hasMessageContaining("not a PNG, JPEG, WebP or GIF");
        assertThatThrownBy(() -> media.storeImage(new byte[0], "empty.png").block())
                .isInstanceOf(MediaRefusedException.class).hasMessageContaining("empty");
        byte[] huge = Arrays.copyOf(PNG, ImageUploads.MAX_BYTES + 1);
        assertThatThrownBy(() -> media.storeImage(huge, "huge.png").block())
                .isInstanceOf(MediaRefusedException.class).hasMessageContaining("limit is 5 MB");
    }

    @Test
    void imageKindsAreRecognisedByTheirFirstBytes() {
        assertThat(ImageUploads.check(PNG)).isEqualTo(ImageUploads.ImageKind.PNG);
        assertThat(ImageUploads.check(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo(ImageUploads.ImageKind.JPEG);
        assertThat(ImageUploads.check("GIF89a...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ImageUploads.ImageKind.GIF);
        assertThat(ImageUploads.check("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(ImageUploads.ImageKind.WEBP);
    }
}
