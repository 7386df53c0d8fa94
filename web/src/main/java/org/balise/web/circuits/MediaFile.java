package org.balise.web.circuits;

/**
 * A circuit's media file as stored: its bytes and their media type.
 *
 * @param contentType checked from the bytes themselves when the file was uploaded
 */
public record MediaFile(byte[] bytes, String contentType) {
}
