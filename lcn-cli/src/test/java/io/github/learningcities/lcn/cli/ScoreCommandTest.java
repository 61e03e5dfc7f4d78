package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesEveryUnitOnEveryNodeWithTheEnginesScoresAndRanks() throws Exception {
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta());

    assertThat(r.exit()).as(r.err()).isZero();
    CoinrInput in = CoinrTables.read(Run.resource("ASEM_iData.csv"),
        Run.resource("ASEM_iMeta.csv"));
    Results expected = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("uCode,uName,node,nodeName,level,score,rank");
    assertThat(lines).hasSize(1 + 51 * in.framework().nodes().size());
    String index = lines.stream().filter(l -> l.startsWith("AUT,") && l.contains(",Index,"))
        .findFirst().orElseThrow();
    String[] f = index.split(",");
    assertThat(Double.parseDouble(f[5]))
        .isCloseTo(expected.score("AUT", "Index").getAsDouble(), within(1e-12));
    assertThat(Integer.parseInt(f[6])).isEqualTo(expected.rank("AUT", "Index").getAsInt());
  }

  @Test
  void pipelineOptionsChangeTheScoresAndWideLayoutHasRankColumns() throws Exception {
    Path out = dir.resolve("geo.csv");
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(),
        "-n", "minmax:lower=1,upper=100", "-a", "geometric", "-i", "mean", "-t", "winsorise",
        "--layout", "wide", "-o", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Scored 51 units").contains("imputed");
    List<String> lines = Files.readAllLines(out, UTF_8);
    assertThat(lines).hasSize(52);
    assertThat(lines.get(0)).startsWith("uCode,uName,").contains(",Index,").contains("Rank.Index");
    Run arithmetic = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "--layout", "wide");
    assertThat(arithmetic.out().lines().skip(1).toList()).isNotEqualTo(lines.subList(1, 52));
  }

  @Test
  void scoresTheBuiltInSyntheticAssessment() {
    Run r = Run.lcn("score", "--builtin", "kflc-ua", "--layout", "wide");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().count()).isEqualTo(16);
    assertThat(r.out()).contains("ua-melitopol");
  }

  @Test
  void aBadCellGivesExitTwoAndNamesFileLineAndField() throws Exception {
    List<String> data = Files.readAllLines(Run.resource("ASEM_iData.csv"), UTF_8);
    List<String> header = List.of(data.get(0).split(",", -1));
    String[] row = data.get(3).split(",", -1);
    int lpi = header.indexOf("LPI");
    row[lpi] = "lots";
    data.set(3, String.join(",", row));
    Path bad = dir.resolve("bad_iData.csv");
    Files.write(bad, data, UTF_8);

    Run r = Run.lcn("score", "-d", bad.toString(), "-m", Run.meta());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("bad_iData.csv").contains("line 4").contains("'LPI'")
        .contains("lots");
  }

  @Test
  void aMissingFileGivesExitTwoAndNamesIt() {
    Run r = Run.lcn("score", "-d", dir.resolve("nothing.csv").toString(), "-m", Run.meta());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("nothing.csv").contains("no such file");
  }

  @Test
  void anUnknownMethodOrMissingInputIsBadUsage() {
    Run unknown = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-n", "nosuch");
    assertThat(unknown.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(unknown.err()).contains("nosuch");

    Run none = Run.lcn("score");
    assertThat(none.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(none.err()).contains("--data").contains("--builtin");

    Run half = Run.lcn("score", "-d", Run.data());
    assertThat(half.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(half.err()).contains("--meta");
  }

  private Path asemDataWith(String name, UnaryOperator<String> change)
      throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, change.apply(Files.readString(Run.resource("ASEM_iData.csv"), UTF_8)),
        UTF_8);
    return p;
  }

  @Test
  void aLatin1TableGivesExitTwoWithItsLineAndTheAdviceToSaveAsUtf8() throws Exception {
    Path latin1 = dir.resolve("latin1_iData.csv");
    Files.write(latin1, Files.readString(Run.resource("ASEM_iData.csv"), UTF_8)
        .replace("Austria", "Österreich").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    Run r = Run.lcn("score", "-d", latin1.toString(), "-m", Run.meta());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("latin1_iData.csv").contains("line 2")
        .contains("Windows-1252").contains("save it as UTF-8");
  }

  @Test
  void aFolderGivenAsATableGivesExitTwoAndNamesIt() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("iData.csv"));

    Run r = Run.lcn("score", "-d", folder.toString(), "-m", Run.meta());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains(folder.toString()).contains("is a folder");
  }

  @Test
  void aTableWithoutUnitsGivesExitTwo() throws Exception {
    Path empty = asemDataWith("empty_iData.csv", t -> t.lines().findFirst().orElseThrow());

    Run r = Run.lcn("score", "-d", empty.toString(), "-m", Run.meta());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("empty_iData.csv").contains("no unit rows");
  }

  @Test
  void formulaNamesAreNeutralisedInBothLayoutsAndNumbersAreNot() throws Exception {
    Path data = asemDataWith("formula_iData.csv", t -> t.replace("Austria,AUT",
        "\"=HYPERLINK(\"\"http://x\"\")\",AUT"));

    for (String layout : List.of("long", "wide")) {
      Run r = Run.lcn("score", "-d", data.toString(), "-m", Run.meta(), "-n", "zscore",
          "--layout", layout);

      assertThat(r.exit()).as(r.err()).isZero();
      String aut = r.out().lines().filter(l -> l.startsWith("AUT,")).findFirst().orElseThrow();
      assertThat(aut).startsWith("AUT,\"'=HYPERLINK(\"\"http://x\"\")\",");
      assertThat(r.out()).doesNotContain(",=").contains(",-");
    }
  }

  @Test
  void aLargeTableOnStandardOutputHasTheFilesCharactersWhole() throws Exception {
    // regression: a table formatted on two cores (more than ResultsTables.PARALLEL_ROWS rows)
    // and written to standard output lost a non-ASCII character cut by a 64 KB block (U+FFFD
    // in its place); the file output was right
    StringBuilder data = new StringBuilder("uName,uCode,I1,I2\n");
    java.util.Random rnd = new java.util.Random(11);
    for (int u = 1; u <= 12_000; u++) {
      data.append("\"Місто ї€𝄞 ").append(u).append("\",U").append(u).append(',')
          .append(rnd.nextDouble() * 100).append(',').append(rnd.nextDouble() * 100).append('\n');
    }
    Path d = dir.resolve("uk_iData.csv");
    Path m = dir.resolve("uk_iMeta.csv");
    Files.writeString(d, data, UTF_8);
    Files.writeString(m, """
        Level,iCode,iName,Direction,Weight,Parent,Type
        1,I1,I1,1,1,Index,Indicator
        1,I2,I2,1,1,Index,Indicator
        2,Index,Index,1,1,,Aggregate
        """, UTF_8);
    Path file = dir.resolve("scores.csv");

    Run toFile = Run.lcn("score", "-q", "-d", d.toString(), "-m", m.toString(), "-o",
        file.toString());
    Run toStdout = Run.lcn("score", "-q", "-d", d.toString(), "-m", m.toString());

    assertThat(toFile.exit()).as(toFile.err()).isZero();
    assertThat(toStdout.exit()).as(toStdout.err()).isZero();
    assertThat((long) 12_000 * 3).isGreaterThan(ResultsTables.PARALLEL_ROWS);
    assertThat(toStdout.out()).doesNotContain("\uFFFD")
        .isEqualTo(Files.readString(file, UTF_8));
  }
}
