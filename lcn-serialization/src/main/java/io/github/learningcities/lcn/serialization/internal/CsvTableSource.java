package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.serialization.coinr.TableSource;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * A CSV text as a {@link TableSource}: {@link CsvTable} reads it with the CSV parser directly;
 * {@link #rows} serves other callers.
 *
 * @param in the text; not closed
 * @param name the table's name in messages
 *
 * @since 0.1.0
 */
public record CsvTableSource(Reader in, String name) implements TableSource {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CsvTableSource {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public void rows(Rows rows) throws IOException {
    CsvTable.tokens(in, name, CsvTable.cells(rows));
  }
}
