package org.balise.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The bearer tokens that open one team's data. A team gets one when it joins and shares it between its
 * phones; Balise keeps only its SHA-256 digest, so a copy of the database opens no team.
 *
 * <p>256 random bits: guessing is hopeless, so a fast digest (not a password hash) is the right tool.
 */
@Component
public class TeamTokens {

    private final SecureRandom random = new SecureRandom();

    /** A new token, as the team's phones will send it. */
    public String issue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What Balise stores in place of the token. */
    public String digest(String token) {
        return Base64.getEncoder().encodeToString(sha256(token));
    }

    /** Whether {@code token} is the one whose digest is stored, in time independent of where they differ. */
    public boolean matches(String token, String storedDigest) {
        return MessageDigest.isEqual(sha256(token), Base64.getDecoder().decode(storedDigest));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
