package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.csv.ResultsTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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

/**
 * Reading and writing COINr tables and the wide results table as CSV, on COINr's ASEM example
 * (51 units x 49 indicators, with groups and denominators) and on {@link SyntheticIndex}'s
 * 2,000 units x 42 indicators (17-digit values, ~5 % missing). Every operation goes between
 * bytes (UTF-8) and objects prepared in the set-up:
 *
 * <ul>
 *   <li>{@code readTables}: iData and iMeta bytes to a {@link CoinrInput} ({@link
 *       CoinrTables#read(java.io.InputStream, String, java.io.InputStream, String)});
 *   <li>{@code writeTables}: a {@link CoinrInput} to iData and iMeta bytes;
 *   <li>{@code writeResults}: a run's {@link ResultsDocument} to the wide results table
 *       ({@link ResultsTable}), one row per unit, a score and a rank column per node.
 * </ul>
 *
 * <p>It uses only API that existed before the CSV changes of issues #11 and #13, so the same
 * class measures the code before and after them (see the README).
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CsvTableBenchmark {

  /** One table pair, its input and results, and their bytes. */
  @State(Scope.Benchmark)
  public static class Tables {
    /** {@code asem} or {@code synthetic} (2,000 x 42). */
    @Param({"asem", "synthetic"})
    public String table;

    CoinrInput input;
    ResultsDocument results;
    byte[] iData;
    byte[] iMeta;

    /**
     * Builds the input, runs COINr's default pipeline and writes the tables once.
     *
     * @throws IOException never (in-memory streams)
     */
    @Setup
    public void setUp() throws IOException {
      input = input(table);
      StringWriter d = new StringWriter();
      StringWriter m = new StringWriter();
      CoinrTables.write(input, d, m);
      iData = d.toString().getBytes(StandardCharsets.UTF_8);
      iMeta = m.toString().getBytes(StandardCharsets.UTF_8);
      input = CoinrTables.read(new ByteArrayInputStream(iData), "iData",
          new ByteArrayInputStream(iMeta), "iMeta");
      Results r = Engine.standard().run(input.framework(), input.dataset(), input.pipeline());
      results = ResultsDocument.of(r);
      System.out.printf("%n%s: iData %,d bytes, iMeta %,d bytes, %,d cells%n", table,
          iData.length, iMeta.length,
          (long) input.dataset().unitCount() * input.dataset().indicators().size());
    }
  }

  /**
   * The framework and data of a table of the benchmarks.
   *
   * @param table {@code asem} or {@code synthetic}
   * @return the input
   */
  static CoinrInput input(String table) {
    if (table.equals("asem")) {
      AsemExample asem = AsemExample.load();
      return CoinrInput.of(asem.framework(), asem.dataset());
    }
    SyntheticIndex s = SyntheticIndex.generate(2_000, 42, SyntheticIndex.SEED);
    return CoinrInput.of(s.framework(), s.dataset());
  }

  /**
   * Reads iData and iMeta.
   *
   * @param t the tables
   * @return the input
   * @throws IOException never
   */
  @Benchmark
  public CoinrInput readTables(Tables t) throws IOException {
    return CoinrTables.read(new ByteArrayInputStream(t.iData), "iData",
        new ByteArrayInputStream(t.iMeta), "iMeta");
  }

  /**
   * Writes iData and iMeta as UTF-8.
   *
   * @param t the tables
   * @return the bytes written
   * @throws IOException never
   */
  @Benchmark
  public int writeTables(Tables t) throws IOException {
    ByteArrayOutputStream d = new ByteArrayOutputStream(t.iData.length);
    ByteArrayOutputStream m = new ByteArrayOutputStream(t.iMeta.length);
    try (Writer dw = new OutputStreamWriter(d, StandardCharsets.UTF_8);
        Writer mw = new OutputStreamWriter(m, StandardCharsets.UTF_8)) {
      CoinrTables.write(t.input, dw, mw);
    }
    return d.size() + m.size();
  }

  /**
   * Writes the wide results table as UTF-8.
   *
   * @param t the tables
   * @return the bytes written
   * @throws IOException never
   */
  @Benchmark
  public int writeResults(Tables t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      ResultsTable.write(t.results, w);
    }
    return out.size();
  }
}
