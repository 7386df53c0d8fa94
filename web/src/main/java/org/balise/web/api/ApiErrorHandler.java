package org.balise.web.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every failure under {@code /api} into an RFC 9457 problem with a stable type, so that a phone
 * never has to parse an error page. Unexpected failures are logged here, and answered without details.
 */
@Component
@Order(-2)
class ApiErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final ServerResponse.Context context;

    ApiErrorHandler(ServerCodecConfigurer codecs) {
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return HandlerStrategies.withDefaults().viewResolvers();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        ApiProblemException problem = asProblem(failure, path);
        return Problems.respond(problem.type(), problem.getMessage(), path, problem.properties())
                .flatMap(response -> response.writeTo(exchange, context));
    }

    private static ApiProblemException asProblem(Throwable failure, String path) {
        if (failure instanceof ApiProblemException problem) {
            return problem;
        }
        if (causedBy(failure, DataBufferLimitException.class)) {
            return new ApiProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than this endpoint accepts.");
        }
        if (failure instanceof ResponseStatusException status) {
            return fromStatus(status.getStatusCode(), status.getReason());
        }
        if (causedBy(failure, CodecException.class)) {
            return new ApiProblemException(ProblemType.INVALID_REQUEST, "The request body is not the JSON this endpoint expects.");
        }
        log.error("Unexpected failure answering {}", path, failure);
        return new ApiProblemException(ProblemType.INTERNAL, "Balise could not answer this request. Try again.");
    }

    private static ApiProblemException fromStatus(HttpStatusCode status, @Nullable String reason) {
        String detail = reason != null ? reason : "The request cannot be answered.";
        return switch (status.value()) {
            case 400 -> new ApiProblemException(ProblemType.INVALID_REQUEST, detail);
            case 404, 405 -> new ApiProblemException(ProblemType.NOT_FOUND, "There is nothing at this address.");
            case 413 -> new ApiProblemException(ProblemType.PAYLOAD_TOO_LARGE, detail);
            case 415 -> new ApiProblemException(ProblemType.INVALID_REQUEST, "Send JSON (Content-Type: application/json).");
            default -> new ApiProblemException(ProblemType.INTERNAL, detail);
        };
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
