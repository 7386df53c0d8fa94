package org.balise.web.store;

/** Which datastore runs: the in-process embedded server, or a MongoDB that {@code MONGODB_URI} points at. */
public enum StoreMode {
    EMBEDDED,
    MONGODB;

    /** The word shown to people, e.g. in {@code /api/info}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
