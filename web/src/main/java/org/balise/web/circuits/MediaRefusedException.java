package org.balise.web.circuits;

/** An uploaded media file is refused; the message tells the author why. */
public class MediaRefusedException extends RuntimeException {

    public MediaRefusedException(String message) {
        super(message);
    }
}
