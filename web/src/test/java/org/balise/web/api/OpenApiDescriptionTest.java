package org.balise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The hand-kept {@code openapi.yaml} describes exactly the routes the play door serves, and is served. */
@ExtendWith(RunningBaliseExtension.class)
class OpenApiDescriptionTest {

    private static final Pattern ROUTE = Pattern.compile("\\(?(GET|POST|PUT|DELETE|PATCH) && (/api[^)\\s]*)\\)?");

    private final RunningBalise balise;

    OpenApiDescriptionTest(RunningBalise balise) {
        this.balise = balise;
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsRouted() throws IOException {
        assertThat(described()).isEqualTo(routed());
    }

    @Test
    void thePlayDoorServesTheDescription() {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + balise.playPort()).build()
                .get().uri("/api/openapi.yaml").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text).startsWith("openapi: 3.1.0"));
    }

    private Set<String> routed() {
        Set<String> routes = new TreeSet<>();
        for (RouterFunction<?> router : balise.play().getBeansOfType(RouterFunction.class).values()) {
            router.accept(new RouterFunctions.Visitor() {
                @Override
                public void startNested(RequestPredicate predicate) {
                }

                @Override
                public void endNested(RequestPredicate predicate) {
                }

                @Override
                public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
                    Matcher route = ROUTE.matcher(predicate.toString());
                    if (route.find()) {
                        routes.add(route.group(1) + " " + route.group(2));
                    }
                }

                @Override
                public void resources(java.util.function.Function<org.springframework.web.reactive.function.server.ServerRequest,
                        reactor.core.publisher.Mono<org.springframework.core.io.Resource>> lookupFunction) {
                }

                @Override
                public void attributes(java.util.Map<String, Object> attributes) {
                }

                @Override
                public void unknown(RouterFunction<?> routerFunction) {
                }
            });
        }
        return routes;
    }

    private static Set<String> described() throws IOException {
        try (InputStream yaml = OpenApiDescriptionTest.class.getResourceAsStream("/static/api/openapi.yaml")) {
            JsonNode paths = YAMLMapper.builder().build().readTree(yaml).get("paths");
            Set<String> operations = new TreeSet<>();
            for (Iterator<String> names = paths.propertyNames().iterator(); names.hasNext(); ) {
                String path = names.next();
                for (String method : paths.get(path).propertyNames()) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
            return operations;
        }
    }
}
