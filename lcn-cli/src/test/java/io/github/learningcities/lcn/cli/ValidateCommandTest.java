package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path dir;

  @Test
  void validTablesPass() {
    Run r = Run.lcn("validate", Run.data(), Run.meta());

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("valid: 51 units, 49 indicators");
  }

  @Test
  void aSingleTablePassesOnItsOwn() {
    assertThat(Run.lcn("validate", Run.meta()).exit()).isZero();
    assertThat(Run.lcn("validate", Run.data()).exit()).isZero();
  }

  @Test
  void listsEveryProblemWithItsPlace() throws Exception {
    List<String> data = Files.readAllLines(Run.resource("ASEM_iData.csv"), UTF_8);
    List<String> header = List.of(data.get(0).split(",", -1));
    setCells(data, 2, "LPI", "high", "Flights", "n/a");
    setCells(data, 5, "uCode", "AUT");
    List<String> meta = Files.readAllLines(Run.resource("ASEM_iMeta.csv"), UTF_8);
    meta.set(3, meta.get(3).replace(",1,1,", ",up,1,"));
    Path d = dir.resolve("d.csv");
    Path m = dir.resolve("m.csv");
    Files.write(d, data, UTF_8);
    Files.write(m, meta, UTF_8);

    Run r = Run.lcn("validate", d.toString(), m.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out())
        .contains(d + ", line 3, column " + columnOf(data.get(2), header.indexOf("LPI"))
            + " (field 'LPI'): 'high' is not a number")
        .contains(d + ", line 3, column " + columnOf(data.get(2), header.indexOf("Flights"))
            + " (field 'Flights'): 'n/a' is not a number")
        .contains(d + ", line 6, column " + columnOf(data.get(5), header.indexOf("uCode"))
            + " (field 'uCode'): uCode 'AUT' appears twice (first on line 2)")
        .contains(m + ", line 4, column " + columnOf(meta.get(3), 3)
            + " (field 'Direction'): 'up' is not a number")
        .contains("4 problems");
  }

  @Test
  void aFileThatIsNoTableIsNamed() throws Exception {
    Path f = dir.resolve("notes.csv");
    Files.writeString(f, "a,b\n1,2\n");

    Run r = Run.lcn("validate", f.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out()).contains(f + ", line 1: the header has neither uCode");
  }

  @Test
  void listsEveryTreeLevelProblemOfTheMetaTable() throws Exception {
    List<String> meta = new java.util.ArrayList<>(Files.readAllLines(Run.resource(
        "ASEM_iMeta.csv"), UTF_8));
    // line 2: LPI is an indicator, so its Level must be 1
    meta.set(1, meta.get(1).replaceFirst("^1,LPI,", "2,LPI,"));
    // line 3: Flights names a denominator that has no Denominator row
    meta.set(2, meta.get(2).replace(",Population,Physical,", ",Inhabitants,Physical,"));
    // an aggregate without children, and a group variable with an invalid code
    meta.add("2,Empty,Empty pillar,1,1,Score,,,Conn,Aggregate");
    meta.add(",1Region,Region,,,,,,,Group");
    Path m = dir.resolve("m.csv");
    Files.write(m, meta, UTF_8);
    int empty = meta.size() - 1;
    int group = meta.size();

    Run r = Run.lcn("validate", Run.data(), m.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out())
        .contains(m + ", line 2, column 1 (field 'Level'): Level 2 of 'LPI' does not match "
            + "its place in the tree; expected 1")
        .contains(m + ", line 3, column " + columnOf(meta.get(2), 7) + " (field 'Denominator'): "
            + "Denominator 'Inhabitants' of 'Flights' is not the iCode of a row of Type "
            + "Denominator")
        .contains(m + ", line " + empty + ", column " + columnOf(meta.get(empty - 1), 9)
            + " (field 'Type'): Aggregate 'Empty' has no children")
        .contains(m + ", line " + group + ", column " + columnOf(meta.get(group - 1), 1)
            + " (field 'iCode'): iCode '1Region' is invalid")
        .contains("4 problems");
  }

  @Test
  void listsEverySchemaViolationOfAJsonDocumentWithItsPointer() throws Exception {
    Path f = dir.resolve("framework.json");
    Files.writeString(f, """
        {
          "lcnDocument" : "framework",
          "formatVersion" : "1.0",
          "framework" : {
            "nodes" : [ { "code" : "Index", "weight" : 1.0, "direction" : "positive" },
              { "code" : "A", "parent" : "Index", "weight" : -1.0, "direction" : "positive" },
              { "code" : "B", "parent" : "Index", "weight" : 1.0, "direction" : "sideways" } ]
          }
        }
        """, UTF_8);

    Run r = Run.lcn("validate", f.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out())
        .contains(f + ", JSON pointer /framework/nodes/1/weight: ")
        .contains(f + ", JSON pointer /framework/nodes/2/direction: ")
        // then the reader's first problem
        .contains(f + ", line 8, column 4 (field 'framework') at /framework: framework node 'A'")
        .contains("3 problems");
  }

  @Test
  void listsEveryNodeOfACycleOfParents() throws Exception {
    List<String> meta = Files.readAllLines(Run.resource("ASEM_iMeta.csv"), UTF_8);
    int conn = meta.indexOf("3,Conn,Connectivity,1,1,Score,,,Index,Aggregate");
    assertThat(conn).isPositive();
    meta.set(conn, "3,Conn,Connectivity,1,1,Score,,,Physical,Aggregate");
    Path m = dir.resolve("cycle.csv");
    Files.write(m, meta, UTF_8);

    Run r = Run.lcn("validate", m.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out())
        .contains(m + ", line 51, column " + columnOf(meta.get(50), 8) + " (field 'Parent'): "
            + "'Physical' is its own ancestor (Physical -> Conn -> Physical)")
        .contains(m + ", line " + (conn + 1) + ", column " + columnOf(meta.get(conn), 8)
            + " (field 'Parent'): 'Conn' is its own ancestor (Conn -> Physical -> Conn)")
        .contains("2 problems");
  }

  @Test
  void listsEverySchemaViolationOfAnXmlDocumentWithItsLine() throws Exception {
    Path f = dir.resolve("framework.xml");
    Files.writeString(f, """
        <?xml version='1.0' encoding='UTF-8'?>
        <frameworkDocument lcnDocument="framework" formatVersion="1.0">
          <framework>
            <nodes>
              <node>
                <code>Index</code>
                <weight>1.0</weight>
                <direction>positive</direction>
              </node>
              <node>
                <code>A</code>
                <parent>Index</parent>
                <weight>-1.0</weight>
                <direction>positive</direction>
              </node>
              <node>
                <code>B</code>
                <parent>Index</parent>
                <weight>1.0</weight>
                <direction>sideways</direction>
              </node>
            </nodes>
          </framework>
        </frameworkDocument>
        """, UTF_8);

    Run r = Run.lcn("validate", f.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out())
        .contains(f + ", line 13, column ").contains("'-1.0'")
        .contains(f + ", line 20, column ").contains("'sideways'")
        // then the reader's first problem, with its XPath
        .contains(f + ", line 23, column 15 (field 'framework') at /frameworkDocument/framework:"
            + " framework node 'A': weight -1.0 is invalid")
        .contains("5 problems");
  }

  @Test
  void listItemsNamedLikeTheirListAreASchemaViolationOfAnXmlDocument() throws Exception {
    Path f = dir.resolve("framework.xml");
    Files.writeString(f, """
        <?xml version='1.0' encoding='UTF-8'?>
        <frameworkDocument lcnDocument="framework" formatVersion="1.0">
          <framework>
            <nodes>
              <nodes>
                <code>Index</code>
              </nodes>
            </nodes>
          </framework>
        </frameworkDocument>
        """, UTF_8);

    Run r = Run.lcn("validate", f.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Lcn.BAD_INPUT);
    // the XSD's violation, then the reader's problem (issue #11: it read such items before)
    assertThat(r.out())
        .contains(f + ", line 5, column ").contains("'nodes'").contains("'{node}'")
        .contains("at /frameworkDocument/framework/nodes/nodes is refused")
        .contains("expected <node>")
        .contains("2 problems");
  }

  @Test
  void aBadCellIsPlacedAsScoreAndTheLibraryPlaceIt() throws Exception {
    // regression: validate gave the field's number as the column, score and CoinrTables.read
    // the character column, so the same cell had two places
    List<String> data = Files.readAllLines(Run.resource("ASEM_iData.csv"), UTF_8);
    List<String> header = List.of(data.get(0).split(",", -1));
    setCells(data, 9, "Goods", "lots");
    Path d = dir.resolve("d.csv");
    Files.write(d, data, UTF_8);
    String place = d + ", line 10, column " + columnOf(data.get(9), header.indexOf("Goods"))
        + " (field 'Goods'): 'lots' is not a number";

    Run validate = Run.lcn("validate", d.toString(), Run.meta());
    Run score = Run.lcn("score", "-q", "-d", d.toString(), "-m", Run.meta());

    assertThat(validate.out()).contains(place);
    assertThat(score.err()).contains(place);
    assertThatThrownBy(() -> CoinrTables.read(d, Path.of(Run.meta()))).hasMessageStartingWith(place);
  }

  /**
   * Sets cells of line {@code index} (0-based) of a CSV table without quoted commas, named by
   * the header's fields: field, value, field, value, ...
   */
  private static void setCells(List<String> lines, int index, String... fieldsAndValues) {
    List<String> header = List.of(lines.get(0).split(",", -1));
    String[] row = lines.get(index).split(",", -1);
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      row[header.indexOf(fieldsAndValues[i])] = fieldsAndValues[i + 1];
    }
    lines.set(index, String.join(",", row));
  }

  /**
   * The character column (1-based) where field {@code index} (0-based) of a CSV line without
   * quoted commas starts.
   */
  private static int columnOf(String line, int index) {
    int column = 1;
    for (int i = 0; i < index; i++) {
      column = line.indexOf(',', column - 1) + 2;
    }
    return column;
  }
}
