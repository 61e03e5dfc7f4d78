package io.github.learningcities.lcn.indicators.bod;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The copied Compind conformance tables (see the README next to them). */
final class CompindData {
  static final String ROOT = "/compind-asem/";

  private CompindData() {}

  /** A table: header and rows of fields. */
  record Table(List<String> header, List<String[]> rows) {
    double[][] numbers() {
      double[][] out = new double[rows.size()][header.size() - 1];
      for (int i = 0; i < rows.size(); i++) {
        for (int j = 1; j < header.size(); j++) {
          out[i][j - 1] = Double.parseDouble(rows.get(i)[j]);
        }
      }
      return out;
    }

    List<String> codes() {
      return rows.stream().map(r -> r[0]).toList();
    }
  }

  static Table read(String path) {
    try (InputStream in = CompindData.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + ROOT + path);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<String> header = List.of(lines[0].trim().split(","));
      List<String[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          rows.add(lines[i].trim().split(",", -1));
        }
      }
      return new Table(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Root "Index" over the given indicator codes. */
  static Framework framework(List<String> indicators) {
    Framework.Builder b = Framework.builder().node("Index", null);
    for (String code : indicators) {
      b.node(code, "Index");
    }
    return b.build();
  }

  static Dataset dataset(List<String> units, List<String> indicators, double[][] rows) {
    List<Unit> us = new ArrayList<>();
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int j = 0; j < indicators.size(); j++) {
      double[] col = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        col[i] = rows[i][j];
      }
      cols.put(indicators.get(j), col);
    }
    for (String u : units) {
      us.add(Unit.of(u, null));
    }
    return Dataset.ofColumns(us, cols);
  }

  /** No normalisation: the values are aggregated as they are. */
  static Pipeline asIs(Aggregation aggregation) {
    return Pipeline.coinrDefault().withNormalisation(null).withAggregation(aggregation);
  }
}
