package com.example.cityportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every block between {@code README: <name> (begin)} and {@code (end)} markers in this
 * project's pom and test sources appears in the SDK's README.md line for line (indentation
 * aside), so the snippets run here are the README's, not a copy that drifted.
 */
class ReadmeVerbatimTest {
  /** This project runs from lcn-consumer-it/target/it/consumer (invoker's cloneProjectsTo). */
  private static final Path README = Path.of("../../../../README.md");
  private static final Pattern MARKER =
      Pattern.compile("README: ([a-z ]+) \\((begin|end)\\)");

  @Test
  void markedBlocksAreTheReadmes() throws IOException {
    List<String> readme = trimmed(Files.readAllLines(README, StandardCharsets.UTF_8));
    List<Path> files = new ArrayList<>(List.of(Path.of("pom.xml")));
    try (Stream<Path> s = Files.walk(Path.of("src/test/java"))) {
      s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
    }
    int blocks = 0;
    List<String> missing = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String name = null;
      List<String> block = new ArrayList<>();
      for (String line : lines) {
        Matcher m = MARKER.matcher(line);
        if (m.find() && m.group(2).equals("begin")) {
          name = m.group(1);
          block.clear();
        } else if (m.find(0) && m.group(2).equals("end")) {
          blocks++;
          if (!containsRun(readme, trimmed(block))) {
            missing.add(file + ": block '" + name + "' is not in README.md as written");
          }
          name = null;
        } else if (name != null) {
          block.add(line);
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(blocks >= 7, "only " + blocks + " README blocks found");
  }

  private static List<String> trimmed(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static boolean containsRun(List<String> haystack, List<String> needle) {
    for (int i = 0; i + needle.size() <= haystack.size(); i++) {
      if (haystack.subList(i, i + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }
}
