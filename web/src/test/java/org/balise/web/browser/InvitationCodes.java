package org.balise.web.browser;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.openqa.selenium.WebElement;

/** Reads the QR code a phone shows, as another phone's camera would: from the pixels of the image on screen. */
final class InvitationCodes {

    private static final String PIXELS = """
            const image = arguments[0];
            const canvas = document.createElement('canvas');
            canvas.width = image.naturalWidth;
            canvas.height = image.naturalHeight;
            canvas.getContext('2d').drawImage(image, 0, 0);
            return canvas.toDataURL('image/png');
            """;

    private InvitationCodes() {
    }

    /** The text of the QR code drawn by this image element. */
    static String read(Phone phone, WebElement image) {
        String dataUrl = (String) phone.script(PIXELS, image);
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("The image on screen is not a readable QR code", e);
        }
    }
}
