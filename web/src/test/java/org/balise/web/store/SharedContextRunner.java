package org.balise.web.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.balise.web.SharedContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts only the shared context (the store and the services, no door), as {@code main} configures it. */
public final class SharedContextRunner {

    private SharedContextRunner() {
    }

    public static ConfigurableApplicationContext onEmbeddedStore(Path dataDir, String... moreArgs) {
        return start(withArgs(moreArgs, "--balise.store.data-dir=" + dataDir, "--balise.store.mongodb-uri="));
    }

    public static ConfigurableApplicationContext onMongoDb(String connectionString, String... moreArgs) {
        return start(withArgs(moreArgs, "--balise.store.mongodb-uri=" + connectionString));
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(SharedContext.class)
                .web(WebApplicationType.NONE)
                .run(args);
    }

    private static String[] withArgs(String[] more, String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
