package org.balise.web.security;

import java.time.Instant;
import java.util.Set;

/** An account as an administrator sees it in the list: everything but the password's hash. */
public record AccountSummary(String username, Set<Role> roles, Instant createdAt) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.username(), account.roles(), account.createdAt());
    }
}
