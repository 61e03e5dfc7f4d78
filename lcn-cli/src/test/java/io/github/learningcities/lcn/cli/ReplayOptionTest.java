package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: {@code lcn analyse --replications FILE} replays a table of replications, and
 * {@code --write-replications} writes the sample an analysis drew so that replaying it gives
 * the same rank intervals; {@code --quantiles} chooses R's quantile type.
 */
class ReplayOptionTest {
  @TempDir
  Path dir;

  private Run analyse(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("analyse", "-d", Run.data(), "-m",
        Run.meta(), "--vary", "weights,aggregation", "-N", "16", "--seed", "5", "-T", "2",
        "-q"));
    args.addAll(List.of(more));
    return Run.lcn(args.toArray(String[]::new));
  }

  @Test
  void replayingTheWrittenSampleGivesTheSameRankIntervals() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Run a = analyse("--write-replications", "-o", first.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    List<String> sample = Files.readAllLines(first.resolve("replications.csv"), UTF_8);
    assertThat(sample).hasSize(17);
    assertThat(sample.get(0)).isEqualTo("run,weights,aggregation");

    Run b = analyse("--replications", first.resolve("replications.csv").toString(), "-o",
        second.toString());
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(Files.readString(second.resolve("uncertainty.csv"), UTF_8))
        .isEqualTo(Files.readString(first.resolve("uncertainty.csv"), UTF_8));
  }

  @Test
  void aTableFromElsewhereMayNameTheAlternatives() throws Exception {
    Path table = dir.resolve("coinr-runs.csv");
    Files.writeString(table, "aggregation,weights\ngeometric,1\narithmetic,2\ngeometric,3\n",
        UTF_8);
    Run r = analyse("--replications", table.toString(), "-o", dir.resolve("o").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve("o").resolve("uncertainty.csv")).isNotEmptyFile();
  }

  @Test
  void anUnknownFactorOrAlternativeIsExitTwoWithItsPlace() throws Exception {
    Path table = dir.resolve("bad.csv");
    Files.writeString(table, "run,weights,aggregation\n1,1,1\n2,1,harmonic\n", UTF_8);
    Run r = analyse("--replications", table.toString(), "-o", dir.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("bad.csv, line 3, column 5")
        .contains("'harmonic' is not an alternative");
    Files.writeString(table, "run,weights,normalisation\n1,1,1\n", UTF_8);
    Run s = analyse("--replications", table.toString(), "-o", dir.resolve("o").toString());
    assertThat(s.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(s.err()).contains("column 'normalisation' names no factor")
        .contains("[weights, aggregation]");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void quantileTypesAndCombinationsAreChecked() {
    Run type6 = analyse("--quantiles", "6", "-o", dir.resolve("q6").toString());
    assertThat(type6.exit()).as(type6.err()).isZero();
    Run bad = analyse("--quantiles", "10", "-o", dir.resolve("q10").toString());
    assertThat(bad.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(bad.err()).contains("--quantiles 10").contains("1 to 9");
    Run both = analyse("--write-replications", "--sensitivity", "-o",
        dir.resolve("s").toString());
    assertThat(both.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(both.err()).contains("--sensitivity");
  }
}
