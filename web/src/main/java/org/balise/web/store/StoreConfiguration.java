package org.balise.web.store;

import com.mongodb.ConnectionString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Chooses the datastore: {@code MONGODB_URI} when it is set, the embedded server otherwise. Either way the
 * rest of Balise sees one reactive MongoDB connection, described by {@link MongoConnectionDetails}.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedStoreSelected.class)
    EmbeddedMongoServer embeddedMongoServer(StoreProperties properties) {
        return EmbeddedMongoServer.start(properties.dataDir());
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(StoreProperties properties,
            ObjectProvider<EmbeddedMongoServer> embedded) {
        ConnectionString connection = switch (properties.mode()) {
            case EMBEDDED -> new ConnectionString(embedded.getObject().connectionString(properties.database()));
            case MONGODB -> withDefaultDatabase(new ConnectionString(properties.mongodbUri()), properties.database());
        };
        if (properties.mode() == StoreMode.MONGODB) {
            log.info("Datastore: MongoDB at {} (database {}), nothing embedded started",
                    connection.getHosts(), connection.getDatabase());
        }
        return () -> connection;
    }

    /** True when no MongoDB connection string is configured. */
    static final class EmbeddedStoreSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty("balise.store.mongodb-uri");
            return uri == null || uri.isBlank();
        }
    }

    private static ConnectionString withDefaultDatabase(ConnectionString uri, String database) {
        if (uri.getDatabase() != null) {
            return uri;
        }
        String text = uri.getConnectionString();
        int query = text.indexOf('?');
        String base = query < 0 ? text : text.substring(0, query);
        String options = query < 0 ? "" : text.substring(query);
        String slash = base.endsWith("/") ? "" : "/";
        return new ConnectionString(base + slash + database + options);
    }
}
