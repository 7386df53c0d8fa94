package org.balise.web.circuits;

import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.CircuitSchema;
import org.balise.engine.circuit.validate.ValidationOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's circuit loader, with the schema that the game-content jar carries. */
@Configuration(proxyBeanMethods = false)
class CircuitLoading {

    @Bean
    CircuitLoader circuitLoader() {
        return new CircuitLoader(CircuitSchema.fromClasspath(), ValidationOptions.DEFAULT);
    }
}
