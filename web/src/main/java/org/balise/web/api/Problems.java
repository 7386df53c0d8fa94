package org.balise.web.api;

import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Builds RFC 9457 problem responses: a stable type, a title, and a sentence about this occurrence. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail detail(ProblemType type, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setInstance(URI.create(instance));
        return problem;
    }

    public static Mono<ServerResponse> respond(ProblemType type, String detail, String instance) {
        return respond(type, detail, instance, Map.of());
    }

    /** With extra members, e.g. {@code retryAfterSeconds} for a rate limit or the JSON pointer of a field. */
    public static Mono<ServerResponse> respond(ProblemType type, String detail, String instance,
            Map<String, Object> properties) {
        ProblemDetail problem = detail(type, detail, instance);
        properties.forEach(problem::setProperty);
        return ServerResponse.status(type.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem);
    }
}
