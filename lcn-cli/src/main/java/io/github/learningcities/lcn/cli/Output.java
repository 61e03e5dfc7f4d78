package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the commands' files, creating missing folders. */
final class Output {
  private Output() {}

  static void write(Path file, String text) throws IOException {
    createParent(file);
    Files.writeString(file, text, UTF_8);
  }

  /** Writes a table streamed into the file (UTF-8), never held whole in memory. */
  static void write(Path file, ResultsTables.Table table) throws IOException {
    createParent(file);
    try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
      table.writeTo(out);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
