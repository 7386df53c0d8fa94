package org.balise.web.backoffice.classroom.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class ClassroomQrCodeTest {

    private static final String JOIN_URL = "https://jeu.example.org/join/K7PQ2M";

    @Test
    void thePosterQrCodeReadsAsTheJoinAddress() throws Exception {
        BitMatrix modules = QrCode.matrix(JOIN_URL);
        int scale = 4;
        int size = modules.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }

        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(size, size, pixels)))).getText();

        assertThat(read).isEqualTo(JOIN_URL);
    }

    @Test
    void theSvgDrawsOneSquarePerDarkModule() {
        BitMatrix modules = QrCode.matrix(JOIN_URL);
        int dark = 0;
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                dark += modules.get(x, y) ? 1 : 0;
            }
        }

        String svg = QrCode.svg(JOIN_URL);

        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + modules.getWidth());
    }
}
