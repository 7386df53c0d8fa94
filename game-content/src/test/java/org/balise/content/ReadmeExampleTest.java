package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.validate.Problem;
import org.junit.jupiter.api.Test;

/** The README documents the format with a complete example: it must stay a valid circuit. */
class ReadmeExampleTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesCompleteExampleLoadsWithItsOneAnnouncedWarning() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher blocks = JSON_BLOCK.matcher(readme);
        String example = null;
        while (blocks.find()) {
            if (blocks.group(1).contains("\"id\": \"readme-example\"")) {
                example = blocks.group(1);
            }
        }
        assertThat(example).as("the README's complete example").isNotNull();

        LoadResult result = Corpus.LOADER.load(example);

        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "WARNING /stations/1/surveyed: This station's coordinates are estimates (surveyed is false): check"
                        + " them on site before playing.");
        assertThat(readme.replaceAll("\\s+", " ")).contains(result.problems().getFirst().toString());
    }
}
