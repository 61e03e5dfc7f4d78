package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.catalog.Provenance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A UTF-8 table shipped as a class-path resource, with its provenance in the header.
 *
 * <p>Format: lines starting with {@code #} are comments; lines {@code @key: value} before the
 * column header are metadata (the keys {@code source}, {@code edition}, {@code date},
 * {@code year}, {@code confidence}, {@code link} and {@code note} describe the provenance;
 * {@code link} may repeat); the first other line names the tab-separated columns; every
 * following non-blank line is a row with exactly that many tab-separated cells.
 *
 * @since 0.1.0
 */
public final class TabularResource {
  private final String name;
  private final Map<String, List<String>> metadata;
  private final List<String> columns;
  private final List<Map<String, String>> rows;

  private TabularResource(String name, Map<String, List<String>> metadata, List<String> columns,
      List<Map<String, String>> rows) {
    this.name = name;
    this.metadata = metadata;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads a resource next to a class.
   *
   * @param anchor the class whose package holds the resource
   * @param resource the resource name relative to that package
   * @return the table
   * @throws IllegalStateException if the resource is missing or malformed (a broken build)
   */
  public static TabularResource load(Class<?> anchor, String resource) {
    String name = anchor.getPackageName().replace('.', '/') + "/" + resource;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
  }

  private static TabularResource parse(String name, BufferedReader reader) throws IOException {
    Map<String, List<String>> metadata = new LinkedHashMap<>();
    List<String> columns = null;
    List<Map<String, String>> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (columns == null && line.startsWith("@")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException(name + ":" + number + ": expected @key: value");
        }
        metadata.computeIfAbsent(line.substring(1, colon).strip(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (columns == null) {
        columns = List.of(cells);
        continue;
      }
      if (cells.length != columns.size()) {
        throw new IllegalStateException(name + ":" + number + ": expected " + columns.size()
            + " tab-separated cells " + columns + " but found " + cells.length);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        row.put(columns.get(i), cells[i].strip());
      }
      rows.add(Collections.unmodifiableMap(row));
    }
    if (columns == null) {
      throw new IllegalStateException(name + ": no column header");
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    metadata.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new TabularResource(name, Collections.unmodifiableMap(frozen), columns,
        List.copyOf(rows));
  }

  /**
   * Returns the resource's path, for messages.
   *
   * @return the path inside the module
   */
  public String name() {
    return name;
  }

  /**
   * Returns the column names.
   *
   * @return the columns, in order
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns the rows, each a map from column name to the stripped cell text.
   *
   * @return the rows, in order
   */
  public List<Map<String, String>> rows() {
    return rows;
  }

  /**
   * Returns the single value of a metadata key.
   *
   * @param key the key
   * @return the value, or empty if the key is absent
   */
  public Optional<String> metadata(String key) {
    List<String> values = metadata.get(key);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the provenance described by the metadata.
   *
   * @return the provenance
   * @throws IllegalStateException if the source or the confidence is missing
   */
  public Provenance provenance() {
    String source = metadata("source").orElseThrow(
        () -> new IllegalStateException(name + ": missing @source"));
    Confidence confidence = metadata("confidence").flatMap(Confidence::parse).orElseThrow(
        () -> new IllegalStateException(name + ": missing or unknown @confidence"));
    var builder = Provenance.builder().source(source).confidence(confidence);
    metadata("edition").ifPresent(builder::edition);
    metadata("date").map(LocalDate::parse).ifPresent(builder::date);
    metadata("year").map(Year::parse).ifPresent(builder::year);
    metadata("note").ifPresent(builder::note);
    metadata.getOrDefault("link", List.of()).stream().map(URI::create)
        .forEach(builder::addLinks);
    return builder.build();
  }

  /**
   * Splits a cell that holds several values separated by a delimiter.
   *
   * @param cell the cell
   * @param delimiter the delimiter, e.g. {@code ";"}
   * @return the stripped, non-empty parts
   */
  public static List<String> split(String cell, String delimiter) {
    Objects.requireNonNull(cell, "cell");
    return Arrays.stream(cell.split(java.util.regex.Pattern.quote(delimiter)))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
