package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesTheWholeStoryIntoTheFolderItNames() throws Exception {
    Path out = dir.resolve("demo");
    Run r = Run.lcn("demo", "--out", out.toString(), "--samples", "40");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ukrainian Network of Learning Cities")
        .contains("15 signatory cities").contains("SYNTHETIC").contains("Wrote " + out);
    for (String f : List.of("report-en.html", "report-uk.html", "scores.csv", "results.xlsx",
        "uncertainty.csv", "commitment-progress.csv", "README.txt",
        "data/kflc-ua-SYNTHETIC_iData.csv", "data/kflc-ua-SYNTHETIC_iMeta.csv")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    String data = Files.readString(out.resolve("data/kflc-ua-SYNTHETIC_iData.csv"), UTF_8);
    assertThat(data.lines().skip(1)).hasSize(15).allMatch(l -> l.contains(",SYNTHETIC,"));
    assertThat(Files.readString(out.resolve("README.txt"))).contains("SYNTHETIC DATA");
    String html = Files.readString(out.resolve("report-en.html"), UTF_8);
    Run.assertSelfContained(html);
    assertThat(html).contains("id=\"synthetic-notice\"").contains("id=\"commitment-chart\"")
        .contains("Melitopol");
    assertThat(Files.readString(out.resolve("report-uk.html"), UTF_8)).contains("СИНТЕТИЧНІ");
    assertThat(Files.readAllLines(out.resolve("commitment-progress.csv"))).hasSize(1 + 15 * 7);
  }

  @Test
  void theSameSeedGivesTheSameFilesAndTheTablesScoreAgain() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(Run.lcn("demo", "-o", a.toString(), "-N", "20", "-T", "1", "-q").exit()).isZero();
    assertThat(Run.lcn("demo", "-o", b.toString(), "-N", "20", "-T", "2", "-q").exit()).isZero();

    for (String f : List.of("scores.csv", "uncertainty.csv", "commitment-progress.csv",
        "report-en.html", "data/kflc-ua-SYNTHETIC_iData.csv")) {
      assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
    }
    assertThat(b.resolve("results.xlsx")).hasSameBinaryContentAs(a.resolve("results.xlsx"));
    Run score = Run.lcn("score", "-d", a.resolve("data/kflc-ua-SYNTHETIC_iData.csv").toString(),
        "-m", a.resolve("data/kflc-ua-SYNTHETIC_iMeta.csv").toString(), "--layout", "wide");
    assertThat(score.exit()).as(score.err()).isZero();
    assertThat(score.out().lines()).hasSize(16);
    Run other = Run.lcn("demo", "-o", dir.resolve("c").toString(), "-N", "20", "-s", "1", "-q");
    assertThat(other.exit()).isZero();
    assertThat(Files.readString(dir.resolve("c/scores.csv")))
        .isNotEqualTo(Files.readString(a.resolve("scores.csv")));
  }
}
