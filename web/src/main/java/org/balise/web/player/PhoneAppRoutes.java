package org.balise.web.player;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Addresses of the phone app besides its files: {@code /join/<code>}, printed on posters and in their QR
 * codes, opens the app, which reads the code from the address.
 */
@Configuration(proxyBeanMethods = false)
class PhoneAppRoutes {

    private static final ClassPathResource APP = new ClassPathResource("static/index.html");

    @Bean
    RouterFunction<ServerResponse> joinAddress() {
        return route(GET("/join/{code}"), request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(APP));
    }
}
