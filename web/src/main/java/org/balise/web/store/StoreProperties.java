package org.balise.web.store;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Balise keeps its data.
 *
 * @param mongodbUri a MongoDB connection string (environment variable {@code MONGODB_URI}); when empty,
 *     Balise starts its embedded MongoDB-compatible server instead
 * @param dataDir the folder of the embedded server's files (environment variable {@code BALISE_DATA_DIR})
 * @param database the database used when the connection string names none
 */
@ConfigurationProperties("balise.store")
public record StoreProperties(
        @Nullable String mongodbUri,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("balise") String database) {

    public StoreMode mode() {
        return mongodbUri == null || mongodbUri.isBlank() ? StoreMode.EMBEDDED : StoreMode.MONGODB;
    }
}
