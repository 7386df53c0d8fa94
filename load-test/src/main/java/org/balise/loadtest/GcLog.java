package org.balise.loadtest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Balise JVM's {@code -Xlog:gc} file: every pause line says the heap in use before and after it
 * and the heap's current capacity, e.g. {@code GC(12) Pause Young (Normal) (G1 Evacuation Pause)
 * 300M->80M(512M) 4.1ms}. The heap after a pause bounds the live data from above; after a full collection
 * it is the live data.
 *
 * <p>Positions in the log are byte offsets ({@link #mark()}), so that one part of a run can be read alone.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile(
            "(Pause .*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([\\d.]+)ms");

    private final Path file;

    GcLog(Path file) {
        this.file = file;
    }

    /** The end of the log now. */
    long mark() throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** The pauses logged between two marks. */
    HeapUse between(long from, long to) throws IOException {
        HeapUse use = HeapUse.NONE;
        for (String line : lines(from, to)) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                use = use.with(pause.group(1).startsWith("Pause Full"),
                        mebibytes(pause.group(2), pause.group(3)), mebibytes(pause.group(4), pause.group(5)),
                        mebibytes(pause.group(6), pause.group(7)), Double.parseDouble(pause.group(8)));
            }
        }
        return use;
    }

    private String[] lines(long from, long to) throws IOException {
        if (to <= from) {
            return new String[0];
        }
        byte[] bytes = new byte[Math.toIntExact(to - from)];
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            log.seek(from);
            log.readFully(bytes);
        }
        return new String(bytes, StandardCharsets.UTF_8).split("\\R");
    }

    private static long mebibytes(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }

    /**
     * Heap figures over part of a run, in MiB.
     *
     * @param capacity the heap's largest capacity seen (at most {@code -Xmx})
     * @param peakBefore the most heap in use before any pause: live data plus garbage not yet collected
     * @param peakAfter the most heap in use right after a pause: an upper bound of the live data
     * @param lastFullAfter the heap after the last full collection, -1 if none: the live data then
     */
    record HeapUse(long capacity, long peakBefore, long peakAfter, long lastFullAfter, int pauses, int fullPauses,
            double pauseTotalMillis, double pauseMaxMillis) {

        static final HeapUse NONE = new HeapUse(0, 0, 0, -1, 0, 0, 0, 0);

        HeapUse with(boolean full, long before, long after, long heapCapacity, double millis) {
            return new HeapUse(Math.max(capacity, heapCapacity), Math.max(peakBefore, before),
                    Math.max(peakAfter, after), full ? after : lastFullAfter, pauses + 1,
                    fullPauses + (full ? 1 : 0), pauseTotalMillis + millis, Math.max(pauseMaxMillis, millis));
        }
    }
}
