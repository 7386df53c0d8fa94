package org.balise.web.backoffice;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Uploads held in memory, bounded on the server: an upload component's limits are only the browser's, and
 * a request bigger than {@code maxBytes} is refused before it is read whole.
 */
public final class BoundedUploads {

    private BoundedUploads() {
    }

    /** One file of at most {@code maxBytes}, given whole to {@code received} (inside the UI's lock). */
    public static UploadHandler inMemory(long maxBytes, InMemoryUploadCallback received) {
        return new InMemoryUploadHandler(received) {
            @Override
            public long getRequestSizeMax() {
                // The multipart envelope around the file: its headers and boundaries.
                return maxBytes + 64 * 1024;
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
    }
}
