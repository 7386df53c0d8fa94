package org.balise.web.play;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * The play door's own Netty event loops. With Reactor Netty's global resources, closing one Balise in a
 * JVM (a test restarting it) disposed the loops of every other one; owning them keeps each instance whole.
 */
@Configuration(proxyBeanMethods = false)
class PlayResources {

    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory resources = new ReactorResourceFactory();
        resources.setUseGlobalResources(false);
        return resources;
    }
}
