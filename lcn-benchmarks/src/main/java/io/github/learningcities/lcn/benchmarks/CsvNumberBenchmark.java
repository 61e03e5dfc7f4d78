package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.io.NumberInput;

/**
 * Parsing the numbers of the CSV tables as the readers did before ({@code parseBefore}: a
 * regular expression checked the text, then {@link Double#parseDouble}) and as they do now
 * ({@code parseNow}: {@link CsvFields}' hand-written scan and parser), in the
 * same run, on the text of every present cell of ASEM's iData or of the 2,000 x 42 {@link
 * SyntheticIndex} (as the writers write it); {@code parseOnePass} is {@link
 * CsvFields#decimalOrNaN}, the check and the parse in one pass; {@code parseJackson} is
 * Jackson's fast parser alone (FastDoubleParser), which {@code decimalOrNaN} handed every
 * number beyond Clinger's fast path to before it took the Eisel-Lemire algorithm itself, and
 * {@code parseJdk} is {@link Double#parseDouble} alone. Writing the same doubles as
 * the command line's tables did ({@code writeBefore}: a {@code String} per number through an
 * {@code OutputStreamWriter}) and as they do now ({@code writeNow}: {@link CsvOutput}'s byte
 * buffer, the same bytes). {@code parseOnePass} and {@code writeNow} need this version.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CsvNumberBenchmark {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** The present cells of a table, as doubles and as the text written for them. */
  @State(Scope.Benchmark)
  public static class Cells {
    /** {@code asem} or {@code synthetic} (2,000 x 42). */
    @Param({"asem", "synthetic"})
    public String table;

    double[] values;
    String[] texts;

    /** Collects the cells. */
    @Setup
    public void setUp() {
      CoinrInput in = CsvTableBenchmark.input(table);
      List<Double> present = new ArrayList<>();
      for (String c : in.dataset().indicators()) {
        for (double v : in.dataset().column(c)) {
          if (!Double.isNaN(v)) {
            present.add(v);
          }
        }
      }
      values = present.stream().mapToDouble(Double::doubleValue).toArray();
      texts = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        texts[i] = CsvFields.number(values[i]);
      }
    }
  }

  /**
   * Parses every cell as the reader did before.
   *
   * @param c the cells
   * @param bh sink
   */
  @Benchmark
  public void parseBefore(Cells c, Blackhole bh) {
    for (String s : c.texts) {
      bh.consume(NUMBER.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN);
    }
  }

  /**
   * Parses every cell as the reader does now.
   *
   * @param c the cells
   * @param bh sink
   */
  @Benchmark
  public void parseNow(Cells c, Blackhole bh) {
    for (String s : c.texts) {
      bh.consume(CsvFields.isDecimal(s) ? CsvFields.parseDecimal(s) : Double.NaN);
    }
  }

  /**
   * Parses every cell with the check and the parse in one pass.
   *
   * @param c the cells
   * @param bh sink
   */
  @Benchmark
  public void parseOnePass(Cells c, Blackhole bh) {
    for (String s : c.texts) {
      bh.consume(CsvFields.decimalOrNaN(s));
    }
  }

  /**
   * Parses every cell with Jackson's fast parser alone.
   *
   * @param c the cells
   * @param bh sink
   */
  @Benchmark
  public void parseJackson(Cells c, Blackhole bh) {
    for (String s : c.texts) {
      bh.consume(NumberInput.parseDouble(s, true));
    }
  }

  /**
   * Parses every cell with {@link Double#parseDouble} alone.
   *
   * @param c the cells
   * @param bh sink
   */
  @Benchmark
  public void parseJdk(Cells c, Blackhole bh) {
    for (String s : c.texts) {
      bh.consume(Double.parseDouble(s));
    }
  }

  /**
   * Writes every cell's double as the command line's tables did: a {@code String} per number
   * (an exponent's {@code E} made lower case) through a UTF-8 {@code OutputStreamWriter}.
   *
   * @param c the cells
   * @return the bytes written
   * @throws IOException never (in memory)
   */
  @Benchmark
  public int writeBefore(Cells c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(c.values.length * 20);
    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    for (double v : c.values) {
      String s;
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        s = Long.toString((long) v);
      } else {
        s = Double.toString(v);
        int e = s.indexOf('E');
        s = e < 0 ? s : s.substring(0, e) + 'e' + s.substring(e + 1);
      }
      w.write(s);
      w.write(',');
    }
    w.flush();
    return bytes.size();
  }

  /**
   * Writes the same bytes as {@link #writeBefore} through {@link CsvOutput}'s buffer.
   *
   * @param c the cells
   * @return the bytes written
   * @throws IOException never (in memory)
   */
  @Benchmark
  public int writeNow(Cells c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(c.values.length * 20);
    CsvOutput out = CsvOutput.to(bytes);
    for (double v : c.values) {
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        out.integer((long) v);
      } else {
        out.javaDouble(v, true);
      }
      out.put(',');
    }
    out.flush();
    return bytes.size();
  }
}
