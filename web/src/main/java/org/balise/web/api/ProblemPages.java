package org.balise.web.api;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/** Each problem type's URI leads somewhere: a short page saying what the problem means (RFC 9457, §3.1.1). */
@Configuration(proxyBeanMethods = false)
class ProblemPages {

    @Bean
    RouterFunction<ServerResponse> problemTypeRoutes() {
        return route(GET("/problems/{slug}"), request -> Arrays.stream(ProblemType.values())
                .filter(type -> type.slug().equals(request.pathVariable("slug")))
                .findFirst()
                .map(type -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page(type)))
                .orElseGet(() -> ServerResponse.notFound().build()));
    }

    private static String page(ProblemType type) {
        String title = HtmlUtils.htmlEscape(type.title());
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1><p>HTTP status %d. Balise answers this problem as
                <code>application/problem+json</code> with <code>type</code> <code>%s</code>; its
                <code>detail</code> says what happened this time.</p></body></html>
                """.formatted(title, title, type.status().value(), type.uri());
    }
}
