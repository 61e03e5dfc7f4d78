package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
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
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * COINr's ASEM example (51 countries, 49 indicators, 8 pillars, 2 sub-indices, 1 index), read
 * from the {@code iData}/{@code iMeta} CSV files on the classpath ({@code /coinr-asem/}).
 *
 * <p>A deliberately small private reader so that the benchmarks depend on the engine only: it
 * knows COINr's column layout, reads an empty field as missing and understands the double
 * quotes that {@code iMeta} puts around names containing commas. Reading COINr tables for users
 * is {@code lcn-serialization}'s job.
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
    List<Map<String, String>> meta = read(META);
    List<Node> nodes = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<String> denominators = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (Map<String, String> row : meta) {
      String code = row.get("iCode");
      switch (row.get("Type")) {
        case "Group" -> groups.add(code);
        case "Denominator" -> denominators.add(code);
        case "Indicator", "Aggregate" -> {
          if (row.get("Type").equals("Indicator")) {
            indicators.add(code);
          }
          String parent = row.get("Parent");
          String target = row.get("Target");
          String denominator = row.get("Denominator");
          nodes.add(new Node(code, row.get("iName"),
              parent.isEmpty() ? Optional.empty() : Optional.of(parent),
              Double.parseDouble(row.get("Weight")),
              Direction.ofSign(Integer.parseInt(row.get("Direction"))), row.get("Unit"),
              target.isEmpty() ? OptionalDouble.empty()
                  : OptionalDouble.of(Double.parseDouble(target)),
              denominator.isEmpty() ? Optional.empty() : Optional.of(denominator),
              Optional.empty()));
        }
        default -> throw new IllegalStateException(META + ": iCode " + code + " has Type '"
            + row.get("Type") + "'; expected Indicator, Aggregate, Group or Denominator");
      }
    }
    List<Map<String, String>> data = read(DATA);
    List<Unit> units = new ArrayList<>(data.size());
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (String code : indicators) {
      columns.put(code, new double[data.size()]);
    }
    for (int r = 0; r < data.size(); r++) {
      Map<String, String> row = data.get(r);
      Map<String, String> unitGroups = new LinkedHashMap<>();
      for (String g : groups) {
        if (!row.get(g).isEmpty()) {
          unitGroups.put(g, row.get(g));
        }
      }
      Map<String, Double> unitDenominators = new LinkedHashMap<>();
      for (String d : denominators) {
        if (!row.get(d).isEmpty()) {
          unitDenominators.put(d, Double.parseDouble(row.get(d)));
        }
      }
      units.add(new Unit(row.get("uCode"), row.get("uName"), unitGroups, unitDenominators));
      for (String code : indicators) {
        String cell = row.get(code);
        columns.get(code)[r] = cell.isEmpty() ? Dataset.MISSING : Double.parseDouble(cell);
      }
    }
    return new AsemExample(Framework.of(nodes), Dataset.ofColumns(units, columns));
  }

  private static List<Map<String, String>> read(String resource) {
    InputStream in = AsemExample.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException(resource + " is not on the classpath"));
    }
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = split(reader.readLine());
      List<Map<String, String>> rows = new ArrayList<>();
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isEmpty()) {
          continue;
        }
        List<String> fields = split(line);
        if (fields.size() != header.size()) {
          throw new IllegalStateException(resource + " line " + lineNumber + ": "
              + fields.size() + " fields; expected " + header.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
          row.put(header.get(i), fields.get(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** Splits one CSV line; a field may be double-quoted, with "" for a quote inside. */
  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
