package io.github.learningcities.lcn.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output that could not be written; the message names the file, says why in the operating
 * system's words, and that the previous file (if any) is unchanged. Exit code 1.
 */
final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  OutputException(Path file, String what, IOException cause) {
    super(file + ": " + what + " (" + ErrorMessages.reason(cause) + "); the previous "
        + file.getFileName() + ", if there was one, is unchanged", cause);
    this.file = file;
  }

  Path file() {
    return file;
  }
}
