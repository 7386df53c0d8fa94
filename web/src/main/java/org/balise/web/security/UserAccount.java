package org.balise.web.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A back-office account: an author, a teacher or an administrator. The password is stored hashed only. */
@Document("users")
public record UserAccount(
        @Id @Nullable String id,
        @Indexed(unique = true) String username,
        String passwordHash,
        Set<Role> roles,
        Instant createdAt,
        @Version @Nullable Long version) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public static UserAccount create(String username, String passwordHash, Set<Role> roles, Instant createdAt) {
        return new UserAccount(null, username, passwordHash, roles, createdAt, null);
    }
}
