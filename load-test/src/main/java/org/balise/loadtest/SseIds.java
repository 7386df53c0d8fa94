package org.balise.loadtest;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Picks the {@code id:} lines out of a Server-Sent Events stream as its chunks arrive, wherever the chunks
 * happen to split the lines; everything else (the {@code event:} and {@code data:} lines, heartbeats) is
 * skipped without being decoded. Balise writes each view's id line before its data, so an id arrives with
 * the start of its view.
 *
 * <p>One instance per stream, fed from one thread at a time.
 */
final class SseIds {

    private static final byte[] ID = "id:".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ID = 200;

    private final Consumer<String> ids;
    private final StringBuilder id = new StringBuilder();
    /** How many bytes of the current line matched {@code id:}; -1 once the line is known to be another. */
    private int matched;

    SseIds(Consumer<String> ids) {
        this.ids = ids;
    }

    void accept(ByteBuf chunk) {
        int end = chunk.writerIndex();
        for (int i = chunk.readerIndex(); i < end; i++) {
            if (matched < 0) {
                int newline = chunk.indexOf(i, end, (byte) '\n');
                if (newline < 0) {
                    return;
                }
                i = newline;
                matched = 0;
                continue;
            }
            byte next = chunk.getByte(i);
            if (next == '\n') {
                if (matched == ID.length) {
                    ids.accept(id.toString().strip());
                }
                id.setLength(0);
                matched = 0;
            } else if (matched == ID.length) {
                if (id.length() < MAX_ID) {
                    id.append((char) next);
                }
            } else {
                matched = next == ID[matched] ? matched + 1 : -1;
            }
        }
    }
}
