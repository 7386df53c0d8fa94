package org.balise.web.browser;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A camera for Chromium that films a QR code: a one-frame YUV4MPEG2 video (Chromium loops it) of the code
 * on white, passed with {@code --use-file-for-fake-video-capture}.
 */
final class FakeCamera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int CODE = 400;

    private FakeCamera() {
    }

    /** Chromium's arguments for a camera that films a QR code of {@code text}. */
    static String[] filming(String text) {
        return new String[] {
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            "--use-file-for-fake-video-capture=" + video(text)};
    }

    private static Path video(String text) {
        try {
            BitMatrix code = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, CODE, CODE);
            byte[] luma = new byte[WIDTH * HEIGHT];
            Arrays.fill(luma, (byte) 235);
            int left = (WIDTH - code.getWidth()) / 2;
            int top = (HEIGHT - code.getHeight()) / 2;
            for (int y = 0; y < code.getHeight(); y++) {
                for (int x = 0; x < code.getWidth(); x++) {
                    if (code.get(x, y)) {
                        luma[(top + y) * WIDTH + left + x] = 16;
                    }
                }
            }
            byte[] chroma = new byte[WIDTH * HEIGHT / 4];
            Arrays.fill(chroma, (byte) 128);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\nFRAME\n").getBytes(StandardCharsets.US_ASCII));
            out.write(luma);
            out.write(chroma);
            out.write(chroma);
            Path file = Files.createTempFile("balise-qr-camera", ".y4m");
            Files.write(file, out.toByteArray());
            return file;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
