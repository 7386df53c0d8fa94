package org.balise.engine.play.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.balise.engine.circuit.riddle.Option;

/**
 * How a team's phones name the options and items of a riddle without seeing the circuit's ids (an author's id
 * such as {@code right-answer} would give the answer away), and in which order an ordering riddle's items are
 * shown.
 *
 * <p><b>Keys.</b> A key is {@code o} followed by 10 hex digits of SHA-256 over the team's id, the riddle's key
 * and the option's id: the same for every phone of a team and every view, different from one team to the
 * next (sharing "the answer is o3fa…" between teams is useless), and not reversible without the ids. Should
 * two options of one riddle ever share a key (a chance of about n²/2⁴¹), {@link #resolve} refuses that key
 * rather than guess.
 *
 * <p><b>Shuffle.</b> Ordering items are shuffled by Fisher–Yates with a {@link SplittableRandom} seeded from the
 * same digest, so a team always sees the same order; if the shuffle happens to give the right order, it is
 * turned by one place, so the view never shows the answer.
 *
 * <p><b>Thread-safety.</b> Stateless.
 */
public final class OptionKeys {

    private OptionKeys() {
    }

    /** The key a team's phones use for option {@code optionId} of riddle {@code riddle}. */
    public static String key(String teamId, String riddle, String optionId) {
        return "o" + HexFormat.of().formatHex(digest(teamId, riddle, optionId), 0, 5);
    }

    /** The option a key names, if one of {@code options} has that key. */
    public static Optional<String> resolve(String teamId, String riddle, List<Option> options, String key) {
        List<String> matching = options.stream().map(Option::id)
                .filter(id -> key(teamId, riddle, id).equals(key))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.getFirst()) : Optional.empty();
    }

    /** The items in the order a team sees them: shuffled with a seed of its own, never in {@code rightOrder}. */
    public static List<Option> shuffled(String teamId, String riddle, List<Option> items, List<String> rightOrder) {
        byte[] digest = digest(teamId, riddle, "#order");
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) | (digest[i] & 0xff);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Option> shown = new ArrayList<>(items);
        for (int i = shown.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Option swapped = shown.get(i);
            shown.set(i, shown.get(j));
            shown.set(j, swapped);
        }
        if (shown.size() > 1 && shown.stream().map(Option::id).toList().equals(rightOrder)) {
            shown.addLast(shown.removeFirst());
        }
        return List.copyOf(shown);
    }

    private static byte[] digest(String teamId, String riddle, String optionId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Lengths first, so that ("ab", "c") and ("a", "bc") differ.
            for (String part : List.of(teamId, riddle, optionId)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                for (int shift = 24; shift >= 0; shift -= 8) {
                    sha.update((byte) (bytes.length >>> shift));
                }
                sha.update(bytes);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
