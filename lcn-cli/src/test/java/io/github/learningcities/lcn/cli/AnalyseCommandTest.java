package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesStatisticsAndRankIntervalsIdenticalForAnyThreadCount() throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    Run a = Run.lcn("analyse", "-d", Run.data(), "-m", Run.meta(), "--samples", "24",
        "--seed", "5", "--threads", "1", "-o", one.toString());
    Run b = Run.lcn("analyse", "-d", Run.data(), "-m", Run.meta(), "--samples", "24",
        "--seed", "5", "--threads", "2", "-o", two.toString(), "--quiet");

    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(b.out()).isEmpty();
    assertThat(a.out()).contains("over 24 replications").contains("Wrote");
    List<String> stats = Files.readAllLines(one.resolve("statistics.csv"), UTF_8);
    assertThat(stats).hasSize(1 + 49);
    assertThat(stats.get(0)).startsWith("iCode,units,available");
    List<String> u = Files.readAllLines(one.resolve("uncertainty.csv"), UTF_8);
    assertThat(u).hasSize(1 + 51);
    assertThat(Files.readString(two.resolve("uncertainty.csv"))).isEqualTo(String.join("\n", u)
        + "\n");
  }

  @Test
  void anotherSeedGivesOtherIntervals() throws Exception {
    Run.lcn("analyse", "-d", Run.data(), "-m", Run.meta(), "-N", "16", "-s", "1", "-q",
        "-o", dir.resolve("s1").toString());
    Run.lcn("analyse", "-d", Run.data(), "-m", Run.meta(), "-N", "16", "-s", "2", "-q",
        "-o", dir.resolve("s2").toString());

    assertThat(Files.readString(dir.resolve("s1/uncertainty.csv")))
        .isNotEqualTo(Files.readString(dir.resolve("s2/uncertainty.csv")));
  }

  @Test
  void sensitivityWritesSobolIndicesPerFactor() throws Exception {
    Run r = Run.lcn("analyse", "-d", Run.data(), "-m", Run.meta(), "-N", "16",
        "--vary", "weights,aggregation", "--sensitivity", "-o", dir.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    List<String> s = Files.readAllLines(dir.resolve("sensitivity.csv"), UTF_8);
    assertThat(s.get(0)).isEqualTo("output,factor,first,firstLow,firstHigh,total,totalLow,"
        + "totalHigh");
    assertThat(s).anyMatch(l -> l.startsWith("meanAbsoluteRankChange,weights,"))
        .anyMatch(l -> l.startsWith("meanAbsoluteRankChange,aggregation,"));
  }

  @Test
  void analysesTheBuiltInData() {
    Run r = Run.lcn("analyse", "--builtin", "kflc-ua", "-N", "20", "-o", dir.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("SYNTHETIC").contains("Melitopol");
  }

  @Test
  void tooFewSamplesOrAnUnknownFactorIsBadInput() {
    Run few = Run.lcn("analyse", "-d", Run.data(), "-m", Run.meta(), "-N", "1",
        "-o", dir.toString());
    assertThat(few.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(few.err()).contains("--samples 1");

    Run unknown = Run.lcn("analyse", "-d", Run.data(), "-m", Run.meta(), "--vary", "luck",
        "-o", dir.toString());
    assertThat(unknown.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(unknown.err()).contains("luck");
  }
}
