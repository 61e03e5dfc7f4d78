package io.github.learningcities.lcn.serialization.coinr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A COINr output table (CSV of plain numbers and codes, no quoting) read with a deliberately
 * simple parser that shares no code with the reader under test.
 */
record ExpectedTable(String name, List<String> header, List<List<String>> rows) {

  static ExpectedTable load(String resource) {
    try (InputStream in = ExpectedTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.contains("\"")) {
        throw new IllegalStateException(resource + " has quoted fields; this parser expects none");
      }
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n")));
      lines.removeIf(String::isEmpty);
      List<String> header = List.of(lines.get(0).split(",", -1));
      List<List<String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        List<String> row = List.of(line.split(",", -1));
        if (row.size() != header.size()) {
          throw new IllegalStateException(resource + ": row '" + line + "' has " + row.size()
              + " fields, header " + header.size());
        }
        rows.add(row);
      }
      return new ExpectedTable(resource, header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows keyed by the first column (uCode or iCode), each a column-name to text map. */
  Map<String, Map<String, String>> byKey() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (List<String> row : rows) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int j = 1; j < header.size(); j++) {
        m.put(header.get(j), row.get(j));
      }
      if (out.put(row.get(0), m) != null) {
        throw new IllegalStateException(name + ": key " + row.get(0) + " twice");
      }
    }
    return out;
  }
}
