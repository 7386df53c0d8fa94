package org.balise.web.api;

/** Small checks of what a request carries, each failing as an {@code invalid-request} problem. */
final class Requests {

    /** Ids made by clients (command ids) are kept short: they are stored with every commit. */
    static final int MAX_ID_LENGTH = 100;
    /** An answer typed on a phone is a word or a sentence, not a document. */
    static final int MAX_TEXT_LENGTH = 500;

    private Requests() {
    }

    static void require(boolean condition, String sentence) {
        if (!condition) {
            throw new ApiProblemException(ProblemType.INVALID_REQUEST, sentence);
        }
    }

    static String id(@org.jspecify.annotations.Nullable String value, String name) {
        require(value != null && !value.isBlank(), name + " is needed.");
        require(value.length() <= MAX_ID_LENGTH, name + " has at most " + MAX_ID_LENGTH + " characters.");
        return value;
    }

    static String text(@org.jspecify.annotations.Nullable String value, String name) {
        require(value != null, name + " is needed.");
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new ApiProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    name + " has at most " + MAX_TEXT_LENGTH + " characters.");
        }
        return value;
    }
}
