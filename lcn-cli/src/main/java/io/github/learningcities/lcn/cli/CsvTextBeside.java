package io.github.learningcities.lcn.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * A CSV file's text ({@link InputFiles#csvText}: read, checked and decoded) made on a thread
 * beside the caller, so that the caller reads and checks the other table meanwhile; the first
 * read waits for it. Without a second core ({@link Background#besideTheCaller}) the text is
 * made at once, in the caller. A failure to make it is thrown by the first read, and by {@link
 * #throwFailure()}, which a caller uses to report it before any failure of its own that came
 * later: as if the file had been read first, which it is when there is no second core.
 */
final class CsvTextBeside extends Reader implements Runnable {
  private final Path file;
  private Thread thread;
  /** Set by the thread; read after {@link Thread#join()}, which orders the accesses. */
  private Reader text;
  private Throwable failure;

  private CsvTextBeside(Path file) {
    this.file = file;
  }

  /**
   * Starts making a file's text beside the caller, or makes it now without a second core.
   *
   * @throws IOException if the file cannot be read (only when it is read now)
   * @throws BadInputException if it is not UTF-8 text (only when it is read now)
   */
  static CsvTextBeside start(Path file) throws IOException {
    CsvTextBeside text = new CsvTextBeside(file);
    if (Background.besideTheCaller(0)) {
      Thread t = new Thread(text, "lcn-background");
      t.setDaemon(true);
      text.thread = t;
      t.start();
    } else {
      text.text = InputFiles.csvText(file);
    }
    return text;
  }

  @Override
  public void run() {
    try {
      text = InputFiles.csvText(file);
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    }
  }

  /** Waits for the text; throws what making it threw. */
  private Reader text() throws IOException {
    throwFailure();
    return text;
  }

  /**
   * Waits for the text to be made, and throws what making it threw, if anything.
   *
   * @throws IOException if the file could not be read
   * @throws BadInputException if it is not UTF-8 text
   */
  void throwFailure() throws IOException {
    if (thread != null) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading " + file);
      }
      thread = null;
    }
    Background.rethrow(failure);
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    return text().read(target, offset, length);
  }

  @Override
  public void close() throws IOException {
    if (text != null) {
      text.close();
    }
  }
}
