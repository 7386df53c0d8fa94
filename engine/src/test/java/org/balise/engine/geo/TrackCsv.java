package org.balise.engine.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tracks as CSV, in the columns of shared/gps-logs/csv: {@code time_iso,lat,lon,accuracy_m,speed_mps,
 * bearing_deg,provider,mock}, one fix a row; empty speed and bearing mean "not reported".
 */
final class TrackCsv {

    static final String HEADER = "time_iso,lat,lon,accuracy_m,speed_mps,bearing_deg,provider,mock";

    private TrackCsv() {
    }

    /** One row, as a fix plus the provider that made it. */
    record Row(Fix fix, String provider) {
    }

    static List<Row> read(String resource) {
        try (InputStream in = TrackCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no track at " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(String csv) {
        List<Row> rows = new ArrayList<>();
        String[] lines = csv.split("\n");
        if (!lines[0].strip().equals(HEADER)) {
            throw new IllegalArgumentException("unexpected header: " + lines[0]);
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            String[] f = lines[i].strip().split(",", -1);
            Fix fix = new Fix(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    f[3].isEmpty() ? Double.NaN : Double.parseDouble(f[3]), Instant.parse(f[0]),
                    f[4].isEmpty() ? null : Double.valueOf(f[4]), f[5].isEmpty() ? null : Double.valueOf(f[5]),
                    Boolean.parseBoolean(f[7]));
            rows.add(new Row(fix, f[6]));
        }
        return rows;
    }

    static String write(List<Row> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Row row : rows) {
            Fix fix = row.fix();
            csv.append(fix.time()).append(',')
                    .append(String.format(Locale.ROOT, "%.7f,%.7f,%.1f,", fix.latitude(), fix.longitude(), fix.accuracyMetres()))
                    .append(fix.speedMetresPerSecond() == null ? "" : String.format(Locale.ROOT, "%.2f", fix.speedMetresPerSecond()))
                    .append(',')
                    .append(fix.headingDegrees() == null ? "" : String.format(Locale.ROOT, "%.1f", fix.headingDegrees()))
                    .append(',').append(row.provider()).append(',').append(fix.mocked()).append('\n');
        }
        return csv.toString();
    }
}
