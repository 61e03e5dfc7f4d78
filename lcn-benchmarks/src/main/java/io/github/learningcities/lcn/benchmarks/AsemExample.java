package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * COINr's ASEM example (51 countries x 49 indicators -&gt; 8 pillars -&gt; 2 sub-indices -&gt;
 * index), read from the copies of {@code ASEM_iData.csv} and {@code ASEM_iMeta.csv} on the
 * classpath with the SDK's own COINr table reader.
 *
 * @param framework the framework built from {@code ASEM_iMeta.csv}
 * @param dataset the data of {@code ASEM_iData.csv}, with groups and denominators
 */
public record AsemExample(Framework framework, Dataset dataset) {

  /** The group variable COINr's examples impute by. */
  public static final String EURASIA_GROUP = "EurAsia_group";

  private static final String META = "/coinr-asem/ASEM_iMeta.csv";
  private static final String DATA = "/coinr-asem/ASEM_iData.csv";

  /**
   * Reads the example from the classpath.
   *
   * @return the framework and data
   * @throws UncheckedIOException if a file is missing or cannot be read
   */
  public static AsemExample load() {
    try (InputStream data = open(DATA); InputStream meta = open(META)) {
      CoinrInput in = CoinrTables.read(data, DATA, meta, META);
      return new AsemExample(in.framework(), in.dataset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = AsemExample.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is not on the classpath");
    }
    return in;
  }
}
