package org.balise.web.api;

import java.util.Map;

/** Ends a request with a problem response; thrown by handlers, turned into JSON by {@link ApiErrorHandler}. */
public class ApiProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;

    public ApiProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiProblemException(ProblemType type, String detail, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
