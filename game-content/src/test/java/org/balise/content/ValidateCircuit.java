package org.balise.content;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.CircuitSchema;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.validate.Problem;
import org.balise.engine.circuit.validate.Severity;
import org.balise.engine.circuit.validate.ValidationOptions;

/**
 * The circuit validator for authors:
 * {@code ./mvnw -q -pl game-content exec:java -Dexec.args="path/to/circuit.json"} (after one
 * {@code ./mvnw -q -pl engine,game-content -am install}). A path may also name a circuit's folder.
 *
 * <p>Prints each problem as {@code ERROR /pointer: sentence} or {@code WARNING /pointer: sentence}, then one
 * summary line per file. Exit code: 0 when no file has errors (warnings allowed), 1 when one has, 2 when the
 * command itself is wrong (no file, unreadable file, unknown option).
 *
 * <p>Options: {@code --missing-translations=warning} while translations are in progress (errors by
 * default); {@code --far-station-metres=N} for circuits spread wider than a walk (5000 by default).
 */
public final class ValidateCircuit {

    private static final String MISSING_TRANSLATIONS = "--missing-translations=";
    private static final String FAR_STATION = "--far-station-metres=";

    private ValidateCircuit() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    /** Validates the files named in {@code args}, printing to {@code out}; returns the exit code. */
    static int run(List<String> args, PrintStream out) {
        ValidationOptions options = ValidationOptions.DEFAULT;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith(MISSING_TRANSLATIONS)) {
                String value = arg.substring(MISSING_TRANSLATIONS.length());
                if (!value.equals("warning") && !value.equals("error")) {
                    return usage(out, "--missing-translations takes warning or error, not " + value + ".");
                }
                options = options.withMissingTranslation(value.equals("warning") ? Severity.WARNING : Severity.ERROR);
            } else if (arg.startsWith(FAR_STATION)) {
                try {
                    options = options.withFarStationMetres(Double.parseDouble(arg.substring(FAR_STATION.length())));
                } catch (IllegalArgumentException e) {
                    return usage(out, "--far-station-metres takes a positive number of metres.");
                }
            } else if (arg.startsWith("--")) {
                return usage(out, "Unknown option " + arg + ".");
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            return usage(out, "Name at least one circuit file.");
        }
        CircuitLoader loader = new CircuitLoader(CircuitSchema.fromClasspath(), options);
        int exitCode = 0;
        for (Path file : files) {
            Path json = Files.isDirectory(file) ? file.resolve("circuit.json") : file;
            byte[] content;
            try {
                content = Files.readAllBytes(json);
            } catch (IOException e) {
                out.println(json + ": cannot be read (" + json.toAbsolutePath() + ").");
                return 2;
            }
            List<Problem> problems = problems(loader.load(content), json);
            problems.forEach(out::println);
            long errors = problems.stream().filter(Problem::isError).count();
            out.println(json + ": " + count(errors, "error") + ", " + count(problems.size() - errors, "warning") + ".");
            if (errors > 0) {
                exitCode = 1;
            }
        }
        return exitCode;
    }

    private static List<Problem> problems(LoadResult result, Path json) {
        List<Problem> problems = new ArrayList<>(result.problems());
        if (result instanceof LoadResult.Loaded loaded) {
            Path folder = json.toAbsolutePath().getParent();
            problems.addAll(MediaFiles.missing(loaded.circuit(), folder));
        }
        return problems;
    }

    private static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    private static int usage(PrintStream out, String reason) {
        out.println(reason);
        out.println("Usage: ValidateCircuit [--missing-translations=warning|error] [--far-station-metres=N]"
                + " circuit.json|circuit-folder...");
        return 2;
    }
}
