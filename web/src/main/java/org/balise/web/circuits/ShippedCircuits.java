package org.balise.web.circuits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Publishes the circuits Balise ships ({@code game-content}: {@code circuits/<id>/circuit.json}) at
 * start, so that a new installation offers them at once. A version already published is left as it is.
 */
@Component
public class ShippedCircuits implements ApplicationRunner {

    static final String LOCATION = "classpath*:circuits/*/circuit.json";

    private static final Logger log = LoggerFactory.getLogger(ShippedCircuits.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final CircuitCatalogue catalogue;

    public ShippedCircuits(CircuitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Resource> files = find();
        int added = 0;
        for (Resource file : files) {
            String json = read(file);
            try {
                if (catalogue.publish(json, PublishedCircuit.Source.SHIPPED).block(STORE_TIMEOUT) != null) {
                    added++;
                }
            } catch (CircuitRejectedException rejected) {
                // The game-content tests keep this from shipping; say so loudly if it ever does.
                log.error("The shipped circuit {} has errors and is not offered: {}", file, rejected.getMessage());
            }
        }
        log.info("Shipped circuits: {} found, {} newly published", files.size(), added);
    }

    private static List<Resource> find() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped circuits", e);
        }
    }

    private static String read(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped circuit " + file, e);
        }
    }
}
