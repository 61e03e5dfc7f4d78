package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The iMeta column {@code Parents} (issue 14): further parents with a weight each make the
 * framework a directed acyclic graph; tables without it are read and written as before.
 */
class CoinrParentsColumnTest {

  private static final String DATA = "uCode,X1,X2,X3\nAAA,1,2,3\nBBB,4,5,6\n";

  private static String meta(String x2Parents, String extraRows) {
    return "Level,iCode,Direction,Weight,Parent,Type,Parents\n"
        + "1,X1,1,1,P1,Indicator,\n"
        + "1,X2,1,0.5,P1,Indicator," + x2Parents + "\n"
        + "1,X3,1,1,P2,Indicator,\n"
        + "2,P1,1,1,Index,Aggregate,\n"
        + "2,P2,1,1,Index,Aggregate,\n"
        + "3,Index,1,1,,Aggregate,\n" + extraRows;
  }

  private static List<TableProblem> problems(String data, String meta) throws IOException {
    return CoinrTables.validate(new StringReader(data), "d.csv", new StringReader(meta),
        "m.csv");
  }

  private static CoinrInput read(String meta) throws IOException {
    return CoinrTables.read(new StringReader(DATA), "d.csv", new StringReader(meta), "m.csv");
  }

  @Test
  void parentsMakeTheRowFeedFurtherAggregatesWithTheirOwnWeights() throws IOException {
    Framework fw = read(meta("P2:1.5", "")).framework();
    assertThat(fw.parents("X2")).containsExactly(Map.entry("P1", 0.5), Map.entry("P2", 1.5));
    assertThat(fw.children("P2")).extracting(Node::code).containsExactly("X2", "X3");
  }

  @Test
  void writingAndReadingAGraphGivesAnEqualFramework() throws IOException {
    CoinrInput in = read(meta("P2:1.5", ""));
    StringWriter d = new StringWriter();
    StringWriter m = new StringWriter();
    CoinrTables.write(CoinrInput.of(in.framework(), in.dataset()), d, m);
    assertThat(m.toString().lines().findFirst().orElseThrow()).endsWith(",Parents");
    assertThat(m.toString()).contains(",P2:1.5");
    CoinrInput again = CoinrTables.read(new StringReader(d.toString()), "d",
        new StringReader(m.toString()), "m");
    assertThat(again.framework()).isEqualTo(in.framework());
  }

  @Test
  void aTreeIsWrittenWithoutTheColumn() throws IOException {
    CoinrInput in = read(meta("", ""));
    assertThat(in.framework().isTree()).isTrue();
    StringWriter m = new StringWriter();
    CoinrTables.write(CoinrInput.of(in.framework(), in.dataset()), new StringWriter(), m);
    assertThat(m.toString()).doesNotContain("Parents");
    assertThat(in.metaExtras()).isEmpty();
  }

  @Test
  void everyBadEntryIsAProblemOfTheParentsCellNamingTheRow() throws IOException {
    String groups = ",Region,,,,Group,\n";
    String data = "uCode,Region,X1,X2,X3\nAAA,N,1,2,3\nBBB,S,4,5,6\n";
    Map<String, String> cases = Map.of(
        "P2", "parent:weight pairs",
        "P9:1", "'P9' for 'X2', which is not an iCode",
        "Region:1", "a row of Type Group",
        "P1:2", "again",
        "X2:1", "a row of Type Indicator",
        "P2:1;P2:2", "again",
        "P2:-1", "expected a number >= 0",
        "P2:abc", "is not a number");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      List<TableProblem> problems = problems(data, meta(c.getKey(), groups));
      assertThat(problems).as(c.getKey()).singleElement().satisfies(p -> {
        assertThat(p.field()).isEqualTo("Parents");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.fieldNumber()).isEqualTo(7);
        assertThat(p.message()).contains(c.getValue());
        if (!c.getKey().equals("P2:abc")) {
          assertThat(p.message()).contains("'X2'");
        }
      });
    }
  }

  @Test
  void aCycleThroughParentsIsAProblem() throws IOException {
    // P1 also under P2, and P2 also under P1: a cycle through the further edges
    String meta = "Level,iCode,Direction,Weight,Parent,Type,Parents\n"
        + "1,X1,1,1,P1,Indicator,\n"
        + "1,X2,1,1,P2,Indicator,\n"
        + "2,P1,1,1,Index,Aggregate,P2:1\n"
        + "3,P2,1,1,Index,Aggregate,P1:1\n"
        + "4,Index,1,1,,Aggregate,\n";
    String data = "uCode,X1,X2\nA,1,2\n";
    List<TableProblem> problems = problems(data, meta);
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("cycle"));
    List<TableProblem> itself = problems(data, meta.replace("P2:1\n", "P1:1\n"));
    // (the Level cells, written for the cycle, no longer match either)
    assertThat(itself).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo("Parents");
      assertThat(p.message()).contains("'P1' for 'P1' again");
    });
  }

  @Test
  void levelIsTheLongestPathDown() throws IOException {
    // X3 also feeds P1's sub-aggregate Q (level 2); P1 holds Q, so P1 is level 3, Index 4
    String meta = "Level,iCode,Direction,Weight,Parent,Type,Parents\n"
        + "1,X1,1,1,Q,Indicator,\n"
        + "1,X3,1,1,Index,Indicator,Q:1\n"
        + "2,Q,1,1,P1,Aggregate,\n"
        + "3,P1,1,1,Index,Aggregate,\n"
        + "4,Index,1,1,,Aggregate,\n";
    String data = "uCode,X1,X3\nA,1,2\n";
    assertThat(problems(data, meta)).isEmpty();
    List<TableProblem> wrong = problems(data, meta.replace("3,P1", "2,P1"));
    assertThat(wrong).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("Level"));
  }
}
