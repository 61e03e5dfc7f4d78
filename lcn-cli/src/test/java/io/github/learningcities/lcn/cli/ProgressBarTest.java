package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsInPlaceAndEndsTheLineWhenDone() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "analyse", true);

    bar.onProgress(5, 10);
    bar.onProgress(5, 10);
    bar.onProgress(10, 10);

    assertThat(err.toString()).isEqualTo("\ranalyse [###############               ] 50% (5/10)"
        + "\ranalyse [##############################] 100% (10/10)" + System.lineSeparator());
  }

  @Test
  void staysSilentWhenDisabledOrQuiet() {
    StringWriter err = new StringWriter();
    new ProgressBar(new PrintWriter(err), "x", false).onProgress(1, 2);
    // Tests do not run on a terminal, and --quiet silences it anyway.
    ProgressBar.onTerminal(new PrintWriter(err), "x", true).onProgress(1, 2);

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aFolderAsTheOutputFileIsBadUsageNamingIt() {
    String folder = Run.resource("ASEM_iData.csv").getParent().toString();
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-o", folder);

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains(folder + ": is a folder; expected a file path");
  }
}
