package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the COINr tables that {@code whole-process.sh} times {@code lcn score} on: COINr's ASEM
 * example as shipped ({@code ASEM_iData.csv}, {@code ASEM_iMeta.csv}) and the seeded synthetic
 * index of 2,000 units x 42 indicators ({@code synthetic-2000x42_iData.csv},
 * {@code synthetic-2000x42_iMeta.csv}, the data of {@link SyntheticPipelineBenchmark}).
 *
 * <pre>{@code
 * java -cp lcn-benchmarks/target/benchmarks.jar \
 *     io.github.learningcities.lcn.benchmarks.WholeProcessInputs /tmp/lcn-inputs
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WholeProcessInputs {

  /** Units of the synthetic table. */
  public static final int SYNTHETIC_UNITS = 2_000;

  /** Indicators of the synthetic table. */
  public static final int SYNTHETIC_INDICATORS = 42;

  private WholeProcessInputs() {}

  /**
   * Writes the four tables into the folder given as the only argument (created if missing).
   *
   * @param args the output folder
   * @throws IOException if a table cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("expected one argument, the output folder; got "
          + args.length);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (String name : new String[] {"ASEM_iData.csv", "ASEM_iMeta.csv"}) {
      try (InputStream in = WholeProcessInputs.class.getResourceAsStream("/coinr-asem/" + name)) {
        if (in == null) {
          throw new IOException("/coinr-asem/" + name + " is not on the classpath");
        }
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    SyntheticIndex index =
        SyntheticIndex.generate(SYNTHETIC_UNITS, SYNTHETIC_INDICATORS, SyntheticIndex.SEED);
    String prefix = "synthetic-" + SYNTHETIC_UNITS + "x" + SYNTHETIC_INDICATORS;
    CoinrTables.write(CoinrInput.of(index.framework(), index.dataset()),
        dir.resolve(prefix + "_iData.csv"), dir.resolve(prefix + "_iMeta.csv"));
  }
}
