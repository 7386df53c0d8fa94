package org.balise.web.api;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The phone API's routes, in one place, so that what the API offers reads as a table of contents. */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

    @Bean
    RouterFunction<ServerResponse> infoRoutes(InfoHandler info) {
        return route(GET("/api/info"), info::info)
                .andRoute(GET("/api/info/stream"), info::stream);
    }
}
