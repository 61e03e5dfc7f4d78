package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Map;

/**
 * Reproduces COINr's result on its own ASEM example: reads COINr's iData and iMeta tables and
 * runs COINr's default pipeline (min-max to [0, 100], arithmetic means); prints the top ten
 * countries of the index with score and rank, as COINr's {@code get_results} does.
 */
public final class CoinrAsemExample {
  private CoinrAsemExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   * @throws IOException if the bundled tables cannot be read
   */
  public static void main(String[] args) throws IOException {
    CoinrInput in = asem();
    Results results = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
    Map<String, Integer> ranks = results.ranks("Index");
    ranks.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .limit(10)
        .forEach(e -> System.out.printf("%2d %s %.2f%n", e.getValue(), e.getKey(),
            results.score(e.getKey(), "Index").orElseThrow()));
  }

  /** COINr's ASEM tables, bundled with the examples. */
  static CoinrInput asem() throws IOException {
    try (InputStream data = resource("/coinr-asem/ASEM_iData.csv");
        InputStream meta = resource("/coinr-asem/ASEM_iMeta.csv")) {
      return CoinrTables.read(data, "ASEM_iData.csv", meta, "ASEM_iMeta.csv");
    }
  }

  static InputStream resource(String name) throws IOException {
    InputStream in = CoinrAsemExample.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the classpath");
    }
    return in;
  }
}
