package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.serialization.internal.CsvTable.Cell;
import io.github.learningcities.lcn.serialization.internal.CsvTable.Fields;
import io.github.learningcities.lcn.serialization.internal.CsvTable.RowVisitor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.List;

/**
 * A large CSV text read as two parts at once, on the caller's thread and on a plain thread
 * beside it: the text is split at the line break nearest after its middle; each part's rows
 * go to their own visitor, the header to both. A part is trusted only when every one of its
 * rows has the plain shape that {@link CsvRows} reads itself (no quoted line break, so the
 * split is a row boundary of the whole text, and the rows are exactly those a reading of the
 * whole text gives); otherwise, and when a part fails in any way, the caller reads the text
 * whole, which then gives every row and every error as it always did.
 *
 * <p>A plain {@link Thread} rather than an executor or a lambda: a CSV score links no call
 * site.
 *
 * @since 0.1.0
 */
public final class CsvHalves {
  /**
   * The smallest text read in two parts: below it a second thread costs about what it saves.
   */
  public static final int MIN_CHARS = 64 * 1024;

  private CsvHalves() {}

  /**
   * Whether {@link #scan} reads a text in two parts: a text held whole and unread, of at least
   * {@link #MIN_CHARS} characters on a machine with a second core, or split at a given target.
   *
   * @param in the text
   * @param target where to split, or -1 for the middle
   * @return false when the caller can read the text whole at once
   * @throws IOException if a deferred text could not be made
   */
  public static boolean splits(Reader in, int target) throws IOException {
    CsvChars text = CsvChars.unread(in);
    return text != null && (target >= 0 || text.to() - text.from() >= MIN_CHARS
        && Runtime.getRuntime().availableProcessors() > 1);
  }

  /** The line start at or after the target (counted from the text's start), or -1. */
  private static int splitAt(CsvChars text, int target) {
    char[] chars = text.array();
    int end = text.to() - 1;
    for (int i = text.from() + Math.max(target, 0) - 1; i < end; i++) {
      if (i >= text.from() && chars[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Reads a table's text as two parts, when it is large enough, held whole and unread, and
   * the machine has a second core: the header and the rows before the split go to {@code
   * first} on the caller's thread, the header and the rows after it to {@code second} on a
   * thread beside it. The visitors see the checks of {@link CsvTable#scan} (blank rows left
   * out, field counts checked).
   *
   * @param in the text; it is not read from (its characters are used where they are)
   * @param source the table's name in messages
   * @param target where to split, from the text's start, or -1 for the middle of a large
   *     enough text on a machine with a second core
   * @param first receives the header and the first part's rows
   * @param second receives the header and the second part's rows (its lines counted from 1
   *     at the split)
   * @return true when both parts were read in full with the plain shape and no exception;
   *     false when the caller must read the text whole (what the visitors received is then
   *     to be discarded)
   * @throws IOException if a deferred text could not be made
   */
  public static boolean scan(Reader in, String source, int target, RowVisitor first,
      RowVisitor second) throws IOException {
    if (!splits(in, target)) {
      return false;
    }
    CsvChars text = CsvChars.unread(in);
    int split = splitAt(text, target < 0 ? (text.to() - text.from()) / 2 : target);
    if (split < 0) {
      return false;
    }
    SecondPart part = new SecondPart(text.array(), split, text.to(), source, second);
    FirstPart head = new FirstPart(first, part);
    CsvTable.ScannedRows rows = new CsvTable.ScannedRows(source, head);
    boolean plain;
    try {
      plain = CsvRows.readPlain(new CsvChars(text.array(), text.from(), split - text.from()),
          source, rows);
    } catch (RuntimeException | Error e) {
      plain = false;
    } finally {
      part.join();
    }
    return plain && part.read;
  }

  /** Hands the header and rows to the first part's visitor, and starts the second part. */
  private static final class FirstPart implements RowVisitor {
    private final RowVisitor visitor;
    private final SecondPart part;

    FirstPart(RowVisitor visitor, SecondPart part) {
      this.visitor = visitor;
      this.part = part;
    }

    @Override
    public void header(List<Cell> header) {
      part.start(header);
      visitor.header(header);
    }

    @Override
    public void row(Fields row) {
      visitor.row(row);
    }
  }

  /** The rows after the split, read on a thread of their own. */
  private static final class SecondPart implements Runnable {
    private final char[] chars;
    private final int from;
    private final int to;
    private final String source;
    private final RowVisitor visitor;
    private List<Cell> header;
    private Thread thread;
    /** Set by the thread, read after {@link Thread#join()}: whether the part was read. */
    private boolean read;

    SecondPart(char[] chars, int from, int to, String source, RowVisitor visitor) {
      this.chars = chars;
      this.from = from;
      this.to = to;
      this.source = source;
      this.visitor = visitor;
    }

    void start(List<Cell> header) {
      this.header = header;
      Thread t = new Thread(this, "lcn-rows");
      t.setDaemon(true);
      thread = t;
      t.start();
    }

    @Override
    public void run() {
      try {
        visitor.header(header);
        read = CsvRows.readPlain(new CsvChars(chars, from, to - from), source,
            new CsvTable.ScannedRows(source, visitor, header.size()));
      } catch (IOException | RuntimeException | Error e) {
        read = false;
      }
    }

    /** Waits for the part; without a header it was never started, and is not read. */
    void join() throws InterruptedIOException {
      if (thread == null) {
        return;
      }
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading " + source);
      }
    }
  }
}
