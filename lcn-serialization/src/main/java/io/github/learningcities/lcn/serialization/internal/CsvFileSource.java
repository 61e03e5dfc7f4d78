package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.serialization.coinr.TableSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A CSV file as a {@link TableSource}: opened ({@link CsvText}: UTF-8, or UTF-16 with a
 * byte-order mark) each time its rows are read, and closed after.
 *
 * @param file the file
 *
 * @since 0.1.0
 */
public record CsvFileSource(Path file) implements TableSource {
  /**
   * Checks the component.
   *
   * @throws NullPointerException if file is null
   */
  public CsvFileSource {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public void rows(Rows rows) throws IOException {
    try (Reader in = CsvText.open(file)) {
      CsvTable.tokens(in, name(), CsvTable.cells(rows));
    }
  }

  /** Reads the file straight from the CSV parser, for {@link CsvTable}. */
  void tokens(java.util.function.Consumer<CsvTable.Fields> rows) throws IOException {
    try (Reader in = CsvText.open(file)) {
      CsvTable.tokens(in, name(), rows);
    }
  }
}
