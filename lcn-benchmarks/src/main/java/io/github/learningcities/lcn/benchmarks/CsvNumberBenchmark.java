package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
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

/**
 * Parsing the numbers of the CSV tables as the readers did before ({@code parseBefore}: a
 * regular expression checked the text, then {@link Double#parseDouble}) and as they do now
 * ({@code parseNow}: {@link CsvFields}' hand-written scan and Jackson's fast parser), in the
 * same run, on the text of every present cell of ASEM's iData or of the 2,000 x 42 {@link
 * SyntheticIndex} (as the writers write it).
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
}
