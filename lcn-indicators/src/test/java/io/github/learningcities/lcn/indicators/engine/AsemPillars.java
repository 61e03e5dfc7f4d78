package io.github.learningcities.lcn.indicators.engine;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * COINr's ASEM example above its pillars: the 8 pillar scores of pipeline P1 (Compind
 * conformance input I1, test resource {@code compind-asem/inputs/I1.csv}) as indicators, under
 * the sub-indices Conn (Physical, ConEcFin, Political, Instit, P2P) and Sust (Environ, Social,
 * SusEcFin), under the index.
 */
final class AsemPillars {
  static final List<String> CONN = List.of("Physical", "ConEcFin", "Political", "Instit", "P2P");
  static final List<String> SUST = List.of("Environ", "Social", "SusEcFin");

  private AsemPillars() {}

  static Framework framework() {
    Framework.Builder b = Framework.builder().node("Index", null).node("Conn", "Index")
        .node("Sust", "Index");
    CONN.forEach(c -> b.node(c, "Conn"));
    SUST.forEach(c -> b.node(c, "Sust"));
    return b.build();
  }

  static Dataset data() {
    try (InputStream s = AsemPillars.class.getResourceAsStream("/compind-asem/inputs/I1.csv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
      String[] header = r.readLine().split(",");
      List<Unit> units = new ArrayList<>();
      List<double[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        units.add(Unit.of(f[0], null));
        double[] row = new double[f.length - 1];
        for (int j = 1; j < f.length; j++) {
          row[j - 1] = Double.parseDouble(f[j]);
        }
        rows.add(row);
      }
      Map<String, double[]> cols = new LinkedHashMap<>();
      for (int j = 1; j < header.length; j++) {
        double[] col = new double[rows.size()];
        for (int i = 0; i < col.length; i++) {
          col[i] = rows.get(i)[j - 1];
        }
        cols.put(header[j], col);
      }
      return Dataset.ofColumns(units, cols);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
