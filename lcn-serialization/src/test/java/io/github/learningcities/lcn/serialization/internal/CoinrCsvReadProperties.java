package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.coinr.TableProblem;
import io.github.learningcities.lcn.serialization.coinr.TableSource;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reading COINr tables from CSV text, where numbers are parsed in the reader's buffer and the
 * dataset's columns are filled by position, gives what the reader before it gave: the same
 * input, or the same problems in the same order at the same places with the same messages.
 * The oracle reads the same text with Jackson's CSV reader and hands every field to the table
 * rules as a text cell, as every field was handed before; for tables without problems the
 * dataset is also checked against one built independently with {@link Dataset#builder()} and
 * {@link Double#parseDouble}.
 */
class CoinrCsvReadProperties {
  private static final String META_HEADER = "Level,iCode,iName,Direction,Weight,Parent,Type\n";

  /** The tables as the reader before saw them: Jackson's rows, every field a text cell. */
  private static TableSource textCells(String text, String name) {
    return new TableSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void rows(Rows rows) throws IOException {
        CsvTable.jacksonTokens(new StringReader(text), name, CsvTable.cells(rows), true);
      }
    };
  }

  private static String outcome(TableSource data, TableSource meta) {
    try {
      CoinrInput in = CoinrTables.read(data, meta);
      return "read " + in.dataset() + " " + in.dataset().units() + " " + in.times() + " "
          + in.otherData() + " " + in.dataColumns();
    } catch (IOException | RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static List<TableProblem> problems(TableSource data, TableSource meta)
      throws IOException {
    return CoinrTables.validate(data, meta);
  }

  private static void sameAsTextCells(Tables t) throws IOException {
    String fast = outcome(TableSource.csv(new StringReader(t.data()), "d.csv"),
        TableSource.csv(new StringReader(t.meta()), "m.csv"));
    String oracle = outcome(textCells(t.data(), "d.csv"), textCells(t.meta(), "m.csv"));
    assertThat(fast).as(t.data()).isEqualTo(oracle);

    List<TableProblem> fastProblems = problems(TableSource.csv(new StringReader(t.data()),
        "d.csv"), TableSource.csv(new StringReader(t.meta()), "m.csv"));
    List<TableProblem> oracleProblems = problems(textCells(t.data(), "d.csv"),
        textCells(t.meta(), "m.csv"));
    assertThat(fastProblems).as(t.data()).isEqualTo(oracleProblems);

    if (fastProblems.isEmpty()) {
      Dataset read = CoinrTables.read(TableSource.csv(new StringReader(t.data()), "d.csv"),
          TableSource.csv(new StringReader(t.meta()), "m.csv")).dataset();
      assertThat(read).as(t.data()).isEqualTo(independent(t));
    }
  }

  /** The dataset of a table without problems, from its lines split at commas. */
  private static Dataset independent(Tables t) {
    String[] lines = t.data().split("\r?\n");
    String[] header = lines[0].split(",", -1);
    Dataset.Builder b = Dataset.builder();
    for (String h : header) {
      if (h.startsWith("I")) {
        b.indicator(h);
      }
    }
    for (int r = 1; r < lines.length; r++) {
      if (lines[r].isBlank() || lines[r].replace(",", "").isBlank()) {
        continue;
      }
      String[] f = lines[r].split(",", -1);
      String code = f[0].trim();
      b.unit(new Unit(code, unquoted(f[1]), groups(header, f), Map.of()));
      for (int j = 0; j < header.length; j++) {
        String s = unquoted(f[j]).trim();
        if (header[j].startsWith("I") && !s.isEmpty() && !s.equals("NA")) {
          b.value(code, header[j], Double.parseDouble(s));
        }
      }
    }
    return b.build();
  }

  /** A field's text: its quotes removed, then a neutralising apostrophe. */
  private static String unquoted(String field) {
    return CsvFields.restore(field.startsWith("\"") ? field.substring(1, field.length() - 1)
        : field);
  }

  private static Map<String, String> groups(String[] header, String[] f) {
    Map<String, String> groups = new java.util.TreeMap<>();
    for (int j = 0; j < header.length; j++) {
      if (header[j].equals("Grp") && !f[j].isBlank()) {
        groups.put("Grp", f[j].trim());
      }
    }
    return groups;
  }

  /** An iData and an iMeta text. */
  record Tables(String data, String meta) {}

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.doubles().between(-1e6, 1e6)
            .map(CsvFields::number)),
        net.jqwik.api.Tuple.of(3, Arbitraries.randomValue(r -> Double.toString(
            r.nextDouble() * 100))),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-99, 999).map(String::valueOf)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("", "NA", " 12 ", "\t3", "1e2", ".5", "-0",
            "\"4.5\"", "\" 7 \"", "1.", "+2")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("abc", "1e999", "-1e999", "'-5 ", "'5", "'",
            "''=1", "1.2.3", "e5", "-", "NaN", "Infinity", "0x10", "\"x\"", "\"'-5 \"",
            "'\t", "na", " NA", "1e", "12a", "\u00e91", "\"1,5\"")));
  }

  @Provide
  Arbitrary<Tables> tables() {
    Arbitrary<Integer> indicators = Arbitraries.integers().between(1, 6);
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<List<String>> cellPool = cells().list().ofMinSize(1).ofMaxSize(400);
    return Combinators.combine(indicators, seeds, cellPool).as((k, seed, pool) -> {
      Random random = new Random(seed);
      StringBuilder meta = new StringBuilder(META_HEADER);
      for (int i = 1; i <= k; i++) {
        meta.append("1,I").append(i).append(",Ind ").append(i).append(",1,1,Index,Indicator\n");
      }
      meta.append("2,Index,Index,1,1,,Aggregate\n");
      meta.append(",Grp,Group,,,,Group\n");
      List<String> columns = new ArrayList<>(List.of("uCode", "uName", "Grp"));
      for (int i = 1; i <= k; i++) {
        columns.add("I" + i);
      }
      String end = random.nextInt(4) == 0 ? "\r\n" : "\n";
      StringBuilder data = new StringBuilder(String.join(",", columns)).append(end);
      int units = random.nextInt(40);
      int next = 0;
      for (int u = 0; u < units; u++) {
        int kind = random.nextInt(40);
        String code = kind == 0 ? "U" + random.nextInt(Math.max(1, u))
            : kind == 1 ? "a b" : kind == 2 ? "" : "U" + u;
        List<String> row = new ArrayList<>(List.of(code, "Unit " + u,
            random.nextBoolean() ? "G" + random.nextInt(3) : ""));
        for (int i = 1; i <= k; i++) {
          row.add(pool.get(next++ % pool.size()));
        }
        if (random.nextInt(60) == 0) {
          row.remove(row.size() - 1);
        }
        data.append(String.join(",", row)).append(end);
        if (random.nextInt(30) == 0) {
          data.append(",".repeat(columns.size() - 1)).append(end);
        }
      }
      return new Tables(data.toString(), meta.toString());
    });
  }

  @Property(tries = 400)
  void anyTableReadsAsTextCellsRead(@ForAll("tables") Tables tables) throws IOException {
    sameAsTextCells(tables);
  }

  @Example
  void aLargeTableAcrossManyBufferRefills() throws IOException {
    Random random = new Random(42);
    StringBuilder meta = new StringBuilder(META_HEADER);
    StringBuilder header = new StringBuilder("uCode,uName");
    for (int i = 1; i <= 42; i++) {
      meta.append("1,I").append(i).append(",Ind,1,1,Index,Indicator\n");
      header.append(",I").append(i);
    }
    meta.append("2,Index,Index,1,1,,Aggregate\n");
    StringBuilder data = new StringBuilder(header).append('\n');
    for (int u = 0; u < 2000; u++) {
      data.append("U").append(u).append(",\"Unit ").append(u).append('"');
      for (int i = 1; i <= 42; i++) {
        data.append(',');
        if (random.nextInt(20) != 0) {
          data.append(random.nextDouble() * 100);
        }
      }
      data.append('\n');
    }
    sameAsTextCells(new Tables(data.toString(), meta.toString()));
    // one bad cell far into the table, and rows after it
    String bad = data.toString().replaceFirst("\nU1500,\"Unit 1500\",", "\nU1500,\"Unit 1500\",x");
    sameAsTextCells(new Tables(bad, meta.toString()));
  }

  /**
   * A field that starts with an apostrophe is read as its restored text (see {@link
   * CsvFields#restore}): {@code '-5 } is the text {@code -5 }, so the number -5, which the
   * field's own characters are not.
   */
  @Example
  void aFieldWithAnApostropheIsReadAsItsRestoredText() throws IOException {
    Tables t = new Tables("uCode,uName,I1\nU1,a,1.5\nU2,b,'-5 \n", META_HEADER
        + "1,I1,Ind,1,1,Index,Indicator\n2,Index,Index,1,1,,Aggregate\n");
    CoinrInput in = CoinrTables.read(TableSource.csv(new StringReader(t.data()), "d.csv"),
        TableSource.csv(new StringReader(t.meta()), "m.csv"));
    assertThat(in.dataset().value("U2", "I1")).hasValue(-5.0);
    sameAsTextCells(t);
  }
}
