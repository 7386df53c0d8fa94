package org.balise.web.backoffice.accounts;

import java.util.Collection;
import java.util.stream.Collectors;
import org.balise.web.security.Role;

/** How roles read in the back-office: a name, and a sentence saying what the role allows. */
final class RoleNames {

    private RoleNames() {
    }

    static String name(Role role) {
        return switch (role) {
            case AUTHOR -> "Author";
            case TEACHER -> "Teacher";
            case ADMIN -> "Administrator";
        };
    }

    static String sentence(Role role) {
        return switch (role) {
            case AUTHOR -> "writes circuits and publishes them.";
            case TEACHER -> "runs class sessions and sees only their own.";
            case ADMIN -> "manages accounts and sees every session.";
        };
    }

    /** The roles in their usual order, e.g. "Author, Teacher". */
    static String names(Collection<Role> roles) {
        return roles.stream().sorted().map(RoleNames::name).collect(Collectors.joining(", "));
    }
}
