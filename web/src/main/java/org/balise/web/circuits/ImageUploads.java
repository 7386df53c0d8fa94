package org.balise.web.circuits;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which images an author may upload: PNG, JPEG, WebP and GIF up to {@link #MAX_BYTES}, recognised by their
 * first bytes, never by the name or the type a browser claims. SVG is refused: it may carry scripts, and
 * media are served from the phones' origin.
 */
public final class ImageUploads {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private ImageUploads() {
    }

    /**
     * The image's media type and extension.
     *
     * @throws MediaRefusedException when the file is empty, too large or not one of the accepted images
     */
    public static ImageKind check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new MediaRefusedException("The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new MediaRefusedException("The image weighs " + (bytes.length / 1024 / 1024 + 1)
                    + " MB; the limit is " + MAX_BYTES / 1024 / 1024 + " MB. Reduce it (phones download it on mobile data).");
        }
        return kindOf(bytes).orElseThrow(() -> new MediaRefusedException(
                "This file is not a PNG, JPEG, WebP or GIF image."));
    }

    private static Optional<ImageKind> kindOf(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(ImageKind.PNG);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(ImageKind.JPEG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(ImageKind.WEBP);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
            return Optional.of(ImageKind.GIF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        byte[] expected = new byte[signature.length];
        for (int k = 0; k < signature.length; k++) {
            expected[k] = (byte) signature[k];
        }
        return Arrays.equals(bytes, offset, offset + signature.length, expected, 0, expected.length);
    }

    /** An accepted image format. */
    public enum ImageKind {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), WEBP("image/webp", "webp"), GIF("image/gif", "gif");

        private final String contentType;
        private final String extension;

        ImageKind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }
}
