package org.balise.web.drafts;

/** Circuit versions, MAJOR.MINOR.PATCH as the format defines them. */
final class Versions {

    private Versions() {
    }

    /** {@code 1.2.3} gives {@code 1.2.4}; a malformed version gives {@code 1.0.0}, for the checks to flag if needed. */
    static String nextPatch(String version) {
        String[] parts = version.split("\\.");
        if (parts.length != 3 || !version.matches("\\d+\\.\\d+\\.\\d+")) {
            return "1.0.0";
        }
        return parts[0] + "." + parts[1] + "." + (Integer.parseInt(parts[2]) + 1);
    }
}
