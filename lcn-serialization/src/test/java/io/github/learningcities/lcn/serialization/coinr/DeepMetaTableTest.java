package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: the iMeta structure checks walked every node's ancestors (quadratic time and
 * memory) and computed levels by recursion. A 100,000-deep chain of aggregates is now checked
 * and read without a StackOverflowError, and a cycle below such a chain is still reported
 * with its nodes. A correctness test: no timing assertions.
 */
class DeepMetaTableTest {
  private static final int DEPTH = 100_000;

  /** X1 under A1 under A2 ... under A(depth-1), the top node; Level columns filled in. */
  private static String meta(int depth, boolean levels) {
    StringBuilder sb = new StringBuilder(
        "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type\n");
    sb.append(levels ? "1" : "").append(",X1,X one,1,1,,,,A1,Indicator\n");
    for (int i = 1; i < depth; i++) {
      sb.append(levels ? Integer.toString(i + 1) : "").append(",A").append(i).append(",A")
          .append(i).append(",1,1,,,,").append(i + 1 < depth ? "A" + (i + 1) : "")
          .append(",Aggregate\n");
    }
    return sb.toString();
  }

  private static final String DATA = "uName,uCode,X1\nAlpha,AAA,1\nBeta,BBB,2\n";

  @Test
  void aHundredThousandDeepChainIsValidAndReads() throws IOException {
    String meta = meta(DEPTH, true);
    assertThat(CoinrTables.validate(new StringReader(DATA), "d.csv", new StringReader(meta),
        "m.csv")).isEmpty();
    Framework fw = CoinrTables.read(new StringReader(DATA), "d.csv", new StringReader(meta),
        "m.csv").framework();
    assertThat(fw.levels()).isEqualTo(DEPTH);

    assertThat(LcnJson.standard().read(LcnJson.standard().writeToString(fw), Framework.class))
        .isEqualTo(fw);
    assertThat(LcnXml.standard().read(LcnXml.standard().writeToString(fw), Framework.class))
        .isEqualTo(fw);
  }

  @Test
  void aWrongLevelDeepInTheChainIsFoundWithoutAFramework() throws IOException {
    // A second top node keeps the framework from being built, so levels come from the table.
    String meta = meta(DEPTH, true).replace("\n7,A6,", "\n8,A6,") + ",B,B,1,1,,,,,Aggregate\n";
    List<TableProblem> problems = CoinrTables.validate(new StringReader(DATA), "d.csv",
        new StringReader(meta), "m.csv");
    assertThat(problems).extracting(TableProblem::message)
        .anySatisfy(m -> assertThat(m).contains("Level 8 of 'A6' does not match its place in "
            + "the tree; expected 7"));
  }

  @Test
  void aCycleBelowADeepChainIsReportedOncePerNodeOnIt() throws IOException {
    // A3 -> A4 -> A5 -> A3: the nodes on the cycle are reported, those leading into it not.
    String meta = meta(DEPTH, false).replace(",A5,A5,1,1,,,,A6,", ",A5,A5,1,1,,,,A3,");
    List<TableProblem> problems = CoinrTables.validate(new StringReader(DATA), "d.csv",
        new StringReader(meta), "m.csv");
    assertThat(problems).extracting(TableProblem::message)
        .filteredOn(m -> m.contains("its own ancestor"))
        .containsExactly(
            "'A3' is its own ancestor (A3 -> A4 -> A5 -> A3); expected a tree",
            "'A4' is its own ancestor (A4 -> A5 -> A3 -> A4); expected a tree",
            "'A5' is its own ancestor (A5 -> A3 -> A4 -> A5); expected a tree");
  }
}
