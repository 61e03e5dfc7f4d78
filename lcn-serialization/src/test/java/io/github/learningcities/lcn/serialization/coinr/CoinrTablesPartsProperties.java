package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * iData read in two parts on two cores gives, at every split point, exactly what one reading
 * of the whole table gives: the same input, or the same first problem (text, place, type).
 */
class CoinrTablesPartsProperties {

  /** The validation tests' iMeta with an Other row (a column kept as text per unit). */
  private static final String META = CoinrTablesValidateTest.META + ",Note,Note,,,,,,,Other\n";

  private static final String HEADER = "uName,uCode,Region,Time,Pop,Note,X1,X2,X3";

  /** At every line start, the parts give the whole reading's input or leave it to it. */
  @Property(tries = 150)
  void everySplitPointReadsAsTheWholeTable(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 40) int rows,
      @ForAll @IntRange(min = 0, max = 3) int faults, @ForAll boolean crlf,
      @ForAll boolean sparse) throws IOException {
    String data = table(new Random(seed), rows, faults, crlf, sparse);
    Object whole = outcome(data, -2, true);
    boolean clean = faults == 0 && whole instanceof CoinrInput;

    for (int split = 0; split <= data.length(); split++) {
      if (split > 0 && data.charAt(split - 1) != '\n') {
        continue;
      }
      Object parts = outcome(data, split, false);
      assertThat(parts == null || parts.equals(whole)).as("split %d of%n%s", split, data)
          .isTrue();
      if (clean && split < data.length()) {
        assertThat(parts).as("clean table read in parts at %d", split).isEqualTo(whole);
      }
      assertThat(outcome(data, split, true)).as("split %d of%n%s", split, data)
          .isEqualTo(whole);
    }
  }

  /** A unit code in both parts is the whole reading's problem: the second row names the first. */
  @Example
  void aUnitCodeInBothPartsIsReportedAsOneReadingReportsIt() throws IOException {
    String data = HEADER + "\nA,AAA,North,2018,100,,1,2,3\nB,BBB,South,2018,100,,1,2,3\n"
        + "C,AAA,South,2018,100,,1,2,3\n";
    int split = data.indexOf("B,BBB");

    assertThat(outcome(data, split, false)).isNull();
    assertThat(outcome(data, split, true)).isEqualTo(outcome(data, -2, true))
        .isEqualTo("DocumentReadException d.csv line 4 col 3: d.csv, line 4, column 3 (field "
            + "'uCode'): uCode 'AAA' appears twice (first on line 2); expected one row per unit "
            + "(panel data with several Time values must be read one Time at a time)");
  }

  /** A quoted line break anywhere leaves the table to one reading. */
  @Example
  void aQuotedLineBreakLeavesTheTableToOneReading() throws IOException {
    String data = HEADER + "\nA,AAA,North,2018,100,,1,2,3\n\"B\nb\",BBB,South,2018,100,,1,2,3\n"
        + "C,CCC,South,2018,100,,1,2,3\n";
    Object whole = outcome(data, -2, true);

    assertThat(whole).isInstanceOf(CoinrInput.class);
    for (int split = 1; split < data.length(); split++) {
      if (data.charAt(split - 1) == '\n') {
        assertThat(outcome(data, split, false)).as("split %d", split).isNull();
        assertThat(outcome(data, split, true)).isEqualTo(whole);
      }
    }
  }

  /**
   * The input, or the first problem as text; -2 reads the whole table the ordinary way, any
   * other split reads it in parts there ({@code whole}: or whole when the parts do not do).
   */
  private static Object outcome(String data, int split, boolean whole) throws IOException {
    try {
      if (split == -2) {
        return CoinrTables.read(new StringReader(data), "d.csv", new StringReader(META),
            "m.csv");
      }
      return CoinrTables.readInParts(data, "d.csv", META, "m.csv", split, whole);
    } catch (DocumentReadException e) {
      return e.getClass().getSimpleName() + " " + e.source() + " line " + e.line() + " col "
          + e.column() + ": " + e.getMessage();
    }
  }

  /**
   * A random iData table; with faults, as many rows (or fewer, when drawn twice) break a rule,
   * are of another shape or have a value that breaks one; a sparse table's values are mostly
   * missing (a small one often wholly).
   */
  private static String table(Random r, int rows, int faults, boolean crlf, boolean sparse) {
    String end = crlf ? "\r\n" : "\n";
    StringBuilder d = new StringBuilder(HEADER).append(end);
    Set<Integer> faulty = new HashSet<>();
    for (int f = 0; f < faults && rows > 0; f++) {
      faulty.add(r.nextInt(rows));
    }
    for (int i = 0; i < rows; i++) {
      String code = "U" + i;
      String name = r.nextInt(4) == 0 ? "\"Unit, " + i + "\"" : "Unit " + i;
      String pop = r.nextInt(5) == 0 ? "" : String.valueOf(r.nextInt(1000) + 1);
      String time = r.nextInt(6) == 0 ? "" : "2018";
      int fields = 9;
      boolean fault = faulty.contains(i);
      if (fault) {
        switch (r.nextInt(12)) {
          case 0 -> code = "U" + r.nextInt(i + 1);
          case 1 -> code = "a b";
          case 2 -> code = "";
          case 3 -> pop = "lots";
          case 4 -> fields = 8;
          case 5 -> name = "\"Unit\n" + i + "\"";
          case 6 -> time = "then";
          case 7 -> d.append(",,,,,,,,").append(end);
          case 8 -> d.append(end);
          case 9 -> d.append(name).append(",U").append(i).append(",North,2018,1,,x,,")
              .append(end);
          default -> code = "U" + r.nextInt(i + 1);
        }
      }
      StringBuilder row = new StringBuilder().append(name).append(',').append(code).append(',')
          .append(r.nextBoolean() ? "North" : "South").append(',').append(time).append(',')
          .append(pop).append(',').append(r.nextInt(5) == 0 ? "note " + i : "");
      for (int k = 0; k < fields - 6; k++) {
        row.append(',').append(sparse && r.nextInt(12) > 0 ? "" : value(r, fault));
      }
      d.append(row).append(end);
    }
    return d.toString();
  }

  private static String value(Random r, boolean fault) {
    switch (r.nextInt(fault ? 12 : 9)) {
      case 0:
        return "";
      case 1:
        return "NA";
      case 2:
        return "\"" + r.nextInt(100) + ".5\"";
      case 9:
        return "x" + r.nextInt(10);
      case 10:
        return "1e999";
      case 11:
        return " 7 ";
      default:
        return r.nextBoolean() ? String.valueOf(r.nextInt(1000))
            : String.valueOf(r.nextGaussian() * 1e3);
    }
  }
}
