package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * The rows of a CSV text, read without Jackson's token stream for the plain shape that COINr
 * tables have: fields separated by commas, lines ended by LF or CR LF, empty lines skipped,
 * fields either bare (no double quote, no control character) or double-quoted on one line
 * (a quote doubled inside) and followed by a comma or the line's end. Each field is cut out of
 * one reusable character buffer with its line and column, as Jackson reports them; a bare
 * field is handed over as its place in that buffer, so that a number is parsed where it is and
 * a text is made only for the fields that are asked for.
 *
 * <p>At the first row that has any other shape (a quote inside a bare field, text after a
 * closing quote, a line break inside quotes, a lone CR, a control character, a line that
 * starts with a space, a tab or {@code #}, a byte-order mark), the rest of the text, that row
 * included, goes to {@link CsvTable}'s Jackson reader, which gives its rows or its error, at
 * the same lines and columns: the rows before are the rows Jackson gives for them (a property
 * checks both readers against each other), so every table reads as it did.
 */
final class CsvRows {
  private static final int CHUNK = 16 * 1024;

  private final Reader in;
  private final String source;
  private final Consumer<CsvTable.Fields> rows;
  private char[] buffer = new char[CHUNK];
  private int position;
  private int limit;
  private boolean ended;
  private int line = 1;
  private int lineStart;
  /** Where the row being read starts: the buffer keeps it, for Jackson if need be. */
  private int rowStart;
  private boolean first = true;
  private final StringBuilder quoted = new StringBuilder();

  private CsvRows(Reader in, String source, Consumer<CsvTable.Fields> rows) {
    this.in = in;
    this.source = source;
    this.rows = rows;
  }

  /** Reads every row, header included, and hands it to the consumer. */
  static void read(Reader in, String source, Consumer<CsvTable.Fields> rows)
      throws IOException {
    new CsvRows(in, source, rows).run();
  }

  private void run() throws IOException {
    CsvTable.Fields fields = new CsvTable.Fields();
    while (true) {
      if (!skipEmptyLines()) {
        return;
      }
      rowStart = position;
      int rowLine = line;
      if (!row(fields)) {
        CsvTable.jacksonTokens(remainder(rowLine), source, rows, first);
        return;
      }
      first = false;
      fields.characters(buffer, rowStart);
      rows.accept(fields);
    }
  }

  /** Skips LF and CR LF line ends at a row's start; false at the end of the text. */
  private boolean skipEmptyLines() throws IOException {
    while (true) {
      rowStart = position;
      if (position == limit && !fill()) {
        return false;
      }
      char c = buffer[position];
      if (c == '\n') {
        position++;
        newLine();
      } else if (c == '\r' && peek(1) == '\n') {
        position += 2;
        newLine();
      } else {
        return true;
      }
    }
  }

  private void newLine() {
    line++;
    lineStart = position;
  }

  /**
   * Reads one row into the fields; false, with the position left anywhere in the row, when
   * the row is not of the plain shape.
   */
  private boolean row(CsvTable.Fields fields) throws IOException {
    fields.clear();
    char c0 = buffer[position];
    if (c0 == ' ' || c0 == '\t' || c0 == '#' || c0 == '\uFEFF') {
      return false;
    }
    while (true) {
      // The buffered character read in place, peek only at the buffer's end: two calls a
      // field fewer while the row loop runs interpreted.
      int lead = position < limit ? buffer[position] : peek(0);
      int column = position - lineStart + 1;
      boolean empty;
      if (lead == '"') {
        quoted.setLength(0);
        position++;
        while (true) {
          if (position == limit && !fill()) {
            return false;
          }
          char c = buffer[position++];
          if (c == '"') {
            if (peek(0) == '"') {
              quoted.append('"');
              position++;
            } else {
              break;
            }
          } else if (c < ' ' && c != '\t') {
            return false;
          } else {
            quoted.append(c);
          }
        }
        String text = quoted.toString();
        fields.add(CsvFields.restore(text), line, column);
        empty = text.isEmpty();
      } else {
        int offset = position - rowStart;
        while (true) {
          int p = bareEnd(buffer, position, limit);
          position = p;
          if (p < limit) {
            char c = buffer[p];
            if (c == '"' || c < ' ' && c != '\t' && c != '\n' && c != '\r') {
              return false;
            }
            break;
          }
          if (!fill()) {
            break;
          }
        }
        // The field's text is made only if asked for: a number is parsed where it is.
        int end = position - rowStart;
        fields.add(offset, end, line, column);
        empty = end == offset;
      }
      int end = position < limit ? buffer[position] : peek(0);
      if (end == ',') {
        position++;
        continue;
      }
      if (end == '\n') {
        position++;
        newLine();
        return true;
      }
      if (end == '\r' && peek(1) == '\n') {
        position += 2;
        newLine();
        return true;
      }
      // Jackson places an empty last field at the very end one column early: let it say so.
      return end < 0 && !(lead != '"' && empty);
    }
  }

  /**
   * Where a bare field that starts at {@code from} stops within {@code b[from..end)}: the
   * index of the first comma, double quote or control character other than a tab (a line
   * break among them), or {@code end}. A method of its own, called once a field, so that the
   * client compiler compiles it after a few hundred fields: the loop of a method called once
   * a row (a few hundred times in a short run) stays interpreted for a whole table.
   */
  static int bareEnd(char[] b, int from, int end) {
    for (int p = from; p < end; p++) {
      char c = b[p];
      // One comparison for most characters (digits, letters, '.', '-' come after ',').
      if (c <= ',' && (c == ',' || c == '"' || c < ' ' && c != '\t')) {
        return p;
      }
    }
    return end;
  }

  /**
   * The character {@code ahead} places after the position, reading more when needed; -1 at
   * the end of the text.
   */
  private int peek(int ahead) throws IOException {
    while (position + ahead >= limit) {
      if (!fill()) {
        return -1;
      }
    }
    return buffer[position + ahead];
  }

  /**
   * Reads more text, keeping the row being read (moved to the buffer's start, the buffer
   * grown when the row fills it, every index moved with it); false at the end of the text.
   */
  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int keep = rowStart;
    int shift = keep;
    int kept = limit - keep;
    if (kept == buffer.length) {
      char[] grown = new char[buffer.length * 2];
      System.arraycopy(buffer, keep, grown, 0, kept);
      buffer = grown;
    } else if (shift > 0) {
      System.arraycopy(buffer, keep, buffer, 0, kept);
    }
    position -= shift;
    lineStart -= shift;
    rowStart = 0;
    limit = kept;
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      ended = true;
      return false;
    }
    limit += n;
    return true;
  }

  /**
   * The text from a row's start on, for Jackson: line feeds before it so that its lines keep
   * their numbers (Jackson skips them as empty lines), then the buffered characters, then the
   * rest of the reader.
   */
  private Reader remainder(int rowLine) {
    char[] rest = new char[rowLine - 1 + limit - rowStart];
    java.util.Arrays.fill(rest, 0, rowLine - 1, '\n');
    System.arraycopy(buffer, rowStart, rest, rowLine - 1, limit - rowStart);
    return new Reader() {
      private int next;

      @Override
      public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        if (next < rest.length) {
          int n = Math.min(length, rest.length - next);
          System.arraycopy(rest, next, target, offset, n);
          next += n;
          return n;
        }
        return ended ? -1 : in.read(target, offset, length);
      }

      @Override
      public void close() {
        // the caller's reader is closed by the caller
      }
    };
  }
}
