package org.balise.web.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default datastore: mongo-java-server with its H2 backend, in this JVM, its files under one folder.
 *
 * <p>Its unique indexes order their keys by value ({@link ValueOrderedH2Backend}). It speaks the MongoDB wire protocol on a loopback port chosen by the system, so the application
 * talks to it with the ordinary MongoDB driver. It has no transactions, change streams or geospatial
 * queries (ARCHITECTURE.md, "Storage"): Balise relies on none of them.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path file;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address, Path file) {
        this.server = server;
        this.address = address;
        this.file = file;
    }

    /** Opens (or creates) the database file in {@code dataDir} and listens on a free loopback port. */
    public static EmbeddedMongoServer start(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + directory, e);
        }
        Path file = directory.resolve("balise.mv");
        MongoServer server = new MongoServer(new ValueOrderedH2Backend(MVStore.open(file.toString())));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Datastore: embedded MongoDB-compatible server, data in {} (listening on {})", file, address);
        return new EmbeddedMongoServer(server, address, file);
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdown();
        log.info("Embedded datastore stopped; data kept in {}", file);
    }
}
