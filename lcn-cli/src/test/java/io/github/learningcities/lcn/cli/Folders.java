package io.github.learningcities.lcn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What a run wrote into a folder, for comparing two runs' files; and its removal. */
final class Folders {
  private Folders() {}

  /** Every file under a folder with its bytes as text, in name order; empty if none. */
  static List<String> contents(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.exists(folder)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted().toList()) {
        if (Files.isRegularFile(p)) {
          out.add(folder.relativize(p) + ":" + new String(Files.readAllBytes(p),
              StandardCharsets.ISO_8859_1));
        }
      }
    }
    return out;
  }

  /** Removes a folder and everything in it, if it exists. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
