package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A file given as a string holds the bytes a UTF-8 writer makes of it, as when strings were
 * written through one: ASCII, Cyrillic, astral characters and unpaired surrogates (a writer
 * and {@code String.getBytes} both replace those with {@code ?}).
 */
class OutputTextProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("a<\n\r\t\"&ґЇ€\uFFFD\uFEFF\uD83D\uDE00\uD800\uDFFF")
        .ofMinLength(0).ofMaxLength(200);
  }

  @Property(tries = 200)
  void aStringIsWrittenAsAWriterEncodesIt(@ForAll("texts") String text) throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(expected, UTF_8)) {
      w.write(text);
    }
    Path dir = Files.createTempDirectory("lcn-output-text");
    try {
      OutputFiles files = OutputFiles.of(List.of(), false);
      Path file = files.inFolder(dir, "t.html", "the text");
      files.requireReplaceable();
      files.putText(file, text);
      files.commit();
      assertThat(Files.readAllBytes(file)).containsExactly(expected.toByteArray());
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
