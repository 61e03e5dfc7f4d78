package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The score tables written through the byte buffer are, byte for byte, what the row-by-row
 * string path wrote before it (that path is kept here as the oracle: strings per field,
 * {@link Double#toString}, a rank look-up per cell, an {@code OutputStreamWriter}), on data
 * with ties, missing values, tiny, huge and negative numbers, and names that need quotes or
 * an apostrophe; and the rank column is {@link Results#ranks(String)}.
 */
class ResultsTablesProperties {
  private static final double[] VALUES = {0, 1, 1, 2.5, 50, 100, -3.25, 1e-7, 1e-300, 1e300,
      123456789.123, Double.NaN, Math.scalb(1.0, -24), 2.0e-3, 1e23, 0.1, 1.0 / 3};
  private static final String[] NAMES = {"Zürich, \"Old\" Town", "=HYPERLINK(\"x\")", "-minus",
      "Ελλάδα 𝄞", "plain", "line\nbreak", "'=quoted", "@at", "tab\tname"};

  private static Results results(long seed) {
    ScoringInput in = ScoringInput.kflc(seed, "en");
    Framework fw = in.framework();
    Random random = new Random(seed);
    List<Unit> units = new ArrayList<>();
    for (Unit u : in.dataset().units()) {
      units.add(new Unit(u.code(), NAMES[random.nextInt(NAMES.length)] + u.name(), u.groups(),
          u.denominators()));
    }
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (Node leaf : fw.indicators()) {
      double[] c = new double[units.size()];
      for (int i = 0; i < c.length; i++) {
        c[i] = random.nextInt(4) == 0 ? VALUES[random.nextInt(VALUES.length)]
            : random.nextInt(3) == 0 ? random.nextInt(5) : random.nextDouble() * 100;
      }
      c[random.nextInt(c.length)] = 1 + random.nextInt(3);
      columns.put(leaf.code(), c);
    }
    return Engine.standard().run(fw, Dataset.ofColumns(units, columns), in.pipeline());
  }

  private static byte[] written(OutputFiles.CsvBody body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvOutput out = CsvOutput.to(bytes);
    body.writeTo(out);
    out.flush();
    return bytes.toByteArray();
  }

  private static byte[] throughWriter(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(bytes, UTF_8);
    w.write(text);
    w.flush();
    return bytes.toByteArray();
  }

  /** The field as the string path wrote it: quoted when it holds , " CR or LF. */
  private static String oldField(String text) {
    String s = CsvFields.neutralise(text);
    return s.matches("(?s).*[,\"\r\n].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** The number as the string path wrote it. */
  private static String oldNumber(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "infinity" : "-infinity";
    }
    String s = Double.toString(v);
    int e = s.indexOf('E');
    return e < 0 ? s : s.substring(0, e) + 'e' + s.substring(e + 1);
  }

  private static String oldLong(Results r) {
    Framework fw = r.framework();
    StringBuilder sb = new StringBuilder("uCode,uName,node,nodeName,level,score,rank\n");
    for (Node n : fw.nodes()) {
      Map<String, Integer> ranks = r.ranks(n.code());
      double[] scores = r.scores(n.code());
      for (int i = 0; i < r.units().size(); i++) {
        Unit u = r.units().get(i);
        Integer rank = ranks.get(u.code());
        sb.append(oldField(u.code())).append(',').append(oldField(u.name())).append(',')
            .append(oldField(n.code())).append(',').append(oldField(n.name())).append(',')
            .append(fw.level(n.code())).append(',').append(oldNumber(scores[i])).append(',')
            .append(rank == null ? "" : rank.toString()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String oldWide(Results r) {
    List<Node> nodes = r.framework().nodes();
    StringBuilder sb = new StringBuilder("uCode,uName");
    for (Node n : nodes) {
      sb.append(',').append(oldField(n.code()));
    }
    for (Node n : nodes) {
      sb.append(',').append(oldField("Rank." + n.code()));
    }
    sb.append('\n');
    for (Unit u : r.units()) {
      sb.append(oldField(u.code())).append(',').append(oldField(u.name()));
      for (Node n : nodes) {
        OptionalDouble s = r.score(u.code(), n.code());
        sb.append(',').append(s.isPresent() ? oldNumber(s.getAsDouble()) : "");
      }
      for (Node n : nodes) {
        OptionalInt k = r.rank(u.code(), n.code());
        sb.append(',').append(k.isPresent() ? Integer.toString(k.getAsInt()) : "");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Property(tries = 2000)
  void aNumberIsWhatTheStringPathWrote(@ForAll double v) {
    assertThat(Csv.number(v)).as("%s", v).isEqualTo(oldNumber(v));
  }

  @Example
  void numbersAtTheIntegerBoundsAreWhatTheStringPathWrote() {
    for (double v : new double[] {0.0, -0.0, 1e15 - 1, 1e15, 1e15 + 1, 1e15 - 0.5, 0.5, -2.5,
        9.007199254740992E15, 9.223372036854775807E18, -9.223372036854775808E18, 1e300,
        Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Integer.MAX_VALUE, Integer.MAX_VALUE + 1.0, Integer.MIN_VALUE - 1.0}) {
      aNumberIsWhatTheStringPathWrote(v);
      aNumberIsWhatTheStringPathWrote(-v);
    }
  }

  @Property(tries = 25)
  void theLongTableIsWhatTheStringPathWrote(@ForAll long seed) throws IOException {
    Results r = results(seed);

    byte[] expected = throughWriter(oldLong(r));
    assertThat(written(out -> ResultsTables.scoresLong(r, out))).isEqualTo(expected);
    // With any table on the two-core path (the second half of the nodes formatted beside the
    // first and appended): the same bytes.
    assertThat(written(out -> ResultsTables.scoresLong(r, out, 0))).isEqualTo(expected);
    // Whichever nodes the thread beside the caller takes from the back (none, some, all):
    // the same bytes.
    int nodes = r.framework().nodes().size();
    for (int back : new int[] {0, 1, 2, nodes / 2, nodes - 1, nodes, nodes + 1}) {
      assertThat(written(out -> ResultsTables.scoresLongFromBothEnds(r, out, back)))
          .as("%d nodes from the back", back).isEqualTo(expected);
    }
  }

  @Property(tries = 25)
  void theWideTableIsWhatTheStringPathWrote(@ForAll long seed) throws IOException {
    Results r = results(seed);

    assertThat(written(out -> ResultsTables.scoresWide(r, out)))
        .isEqualTo(throughWriter(oldWide(r)));
  }

  @Property(tries = 10)
  void standardOutputGetsTheSameText(@ForAll long seed) throws IOException {
    Results r = results(seed);
    StringWriter text = new StringWriter();
    CsvOutput out = CsvOutput.to(text);
    ResultsTables.scoresLong(r, out);
    out.flush();

    assertThat(text.toString()).isEqualTo(oldLong(r));
  }
}
