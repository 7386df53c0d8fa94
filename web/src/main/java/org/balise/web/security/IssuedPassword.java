package org.balise.web.security;

/**
 * A generated password, in clear for the one administrator who asked for it. Balise keeps only its hash,
 * so this is the only time anyone sees it.
 */
public record IssuedPassword(String username, String password) {

    /** Keeps the password out of logs and error messages that print this record. */
    @Override
    public String toString() {
        return "IssuedPassword[username=" + username + ", password=(hidden)]";
    }
}
