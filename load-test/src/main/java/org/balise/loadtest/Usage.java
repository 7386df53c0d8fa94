package org.balise.loadtest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time used by the generator's JVM, by Balise's and by the whole machine, and where Balise's GC log
 * stood, at one instant; the difference of two is what the measured part of a run cost. The machine's
 * share shows whether other processes competed for the cores during the run.
 *
 * @param machineBusy CPU time of every process on the machine (Linux {@code /proc/stat}: all but idle and
 *     I/O wait), {@link Duration#ZERO} where unavailable
 */
record Usage(long nanos, Duration generatorCpu, Duration serverCpu, Duration machineBusy, long gcLogMark) {

    /** The kernel counts {@code /proc/stat} in clock ticks of 1/100 s on Linux. */
    private static final long NANOS_PER_TICK = 10_000_000;

    static Usage now(BaliseProcess balise, GcLog gc) throws IOException {
        long generator = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Usage(System.nanoTime(), Duration.ofNanos(generator), balise.cpuTime(), readMachineBusy(),
                gc.mark());
    }

    /** Cores busy on average between {@code earlier} and this. */
    Cores coresSince(Usage earlier) {
        double seconds = (nanos - earlier.nanos) / 1e9;
        return new Cores(cores(generatorCpu.minus(earlier.generatorCpu), seconds),
                cores(serverCpu.minus(earlier.serverCpu), seconds),
                cores(machineBusy.minus(earlier.machineBusy), seconds));
    }

    /** Average cores busy: the generator, the server, every process on the machine (0 if unknown). */
    record Cores(double generator, double server, double machine) {

        static final Cores UNKNOWN = new Cores(0, 0, 0);

        /** What other processes than these two used. */
        double others() {
            return Math.max(0, machine - generator - server);
        }
    }

    private static double cores(Duration cpu, double seconds) {
        return cpu.toNanos() / 1e9 / seconds;
    }

    private static Duration readMachineBusy() {
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            return Duration.ZERO;
        }
        try {
            // "cpu  user nice system idle iowait irq softirq steal ..."
            String[] fields = Files.readAllLines(stat).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return Duration.ofNanos(busy * NANOS_PER_TICK);
        } catch (IOException | RuntimeException unreadable) {
            return Duration.ZERO;
        }
    }
}
