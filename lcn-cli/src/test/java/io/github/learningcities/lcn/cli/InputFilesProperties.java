package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The input check agrees with the JDK's strict UTF-8 decoder on any bytes, and names the line
 * of the first bad byte; error messages stay bounded whatever a user's value is.
 */
class InputFilesProperties {
  private static Path dir;

  @BeforeContainer
  static void createFolder() throws IOException {
    dir = Files.createTempDirectory("lcn-input-files");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Provide
  Arbitrary<byte[]> mostlyText() {
    Arbitrary<byte[]> text = Arbitraries.strings().withCharRange('\u0001', '\uFFFF')
        .ofMaxLength(40).map(s -> s.getBytes(UTF_8));
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
    return Arbitraries.oneOf(text, noise).list().ofMaxSize(5).map(parts -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      parts.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Property(tries = 300)
  void acceptsExactlyWhatAStrictUtf8DecoderAccepts(@ForAll("mostlyText") byte[] bytes)
      throws IOException {
    Path file = Files.write(dir.resolve("t.csv"), bytes);
    boolean utf8 = strictlyUtf8(bytes) && !containsNul(bytes) && !startsWithUtf16Mark(bytes);

    if (utf8) {
      assertThatCode(() -> InputFiles.requireText(file)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> InputFiles.requireText(file))
          .isInstanceOf(BadInputException.class).hasMessageStartingWith(file + ", line ")
          .hasMessageContaining("expected UTF-8");
    }
  }

  /**
   * What the check and then the table reader gave before the bytes were read once: the same
   * exception (class and message), or the same text.
   */
  private static String checkedThenDecoded(Path file) {
    try {
      InputFiles.requireText(file);
      try (java.io.Reader in = io.github.learningcities.lcn.serialization.internal.CsvText
          .open(file)) {
        return "text " + all(in);
      }
    } catch (IOException | RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String readOnce(Path file) {
    try (java.io.Reader in = InputFiles.csvText(file)) {
      return "text " + all(in);
    } catch (IOException | RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String all(java.io.Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    int n;
    while ((n = in.read(buffer)) > 0) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  @Property(tries = 400)
  void csvTextIsWhatTheCheckAndTheReaderGave(@ForAll("bodies") byte[] body,
      @ForAll("heads") byte[] head) throws IOException {
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, bytes, head.length, body.length);
    Path file = Files.write(dir.resolve("once.csv"), bytes);

    assertThat(readOnce(file)).isEqualTo(checkedThenDecoded(file));
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<byte[]> characters = Arbitraries.of("a", "1.5", ",", "\n", "\r\n", "\u00e9",
        "\u20ac", "\ud834\udd1e", "\uFEFF", "\u07ff", "\u0800", "\uffff", "\udbff\udfff")
        .list().ofMaxSize(30).map(l -> String.join("", l).getBytes(UTF_8));
    return Arbitraries.oneOf(mostlyText(), characters);
  }

  @Provide
  Arbitrary<byte[]> heads() {
    return Arbitraries.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {(byte) 0xEF, (byte) 0xBB}, new byte[] {(byte) 0xFF, (byte) 0xFE},
        new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
        new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, new byte[] {'a', ',', 0});
  }

  @net.jqwik.api.Example
  void csvTextRefusesWhatTheCheckRefuses() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.csv"));
    Path missing = dir.resolve("missing.csv");
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    for (Path p : new Path[] {folder, missing, empty}) {
      assertThat(readOnce(p)).isEqualTo(checkedThenDecoded(p));
    }
    assertThat(readOnce(missing)).startsWith("java.nio.file.NoSuchFileException");
  }

  @Property(tries = 200)
  void theLineNamedIsTheLineOfTheFirstBadByte(
      @ForAll("mostlyText") byte[] good, @ForAll("lines") String before) throws IOException {
    String valid = new String(good, UTF_8).replace("\uFFFD", "").replace("\u0000", "")
        .replace("\uFEFF", "");
    byte[] prefix = (before + valid).getBytes(UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    bytes[prefix.length] = (byte) 0xE9;
    Path file = Files.write(dir.resolve("l.csv"), bytes);
    long line = 1 + (before + valid).chars().filter(c -> c == '\n').count();

    assertThatThrownBy(() -> InputFiles.requireText(file))
        .hasMessageStartingWith(file + ", line " + line + ", column ");
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings().withChars('a', 'b', ',', '\n', 'й').ofMaxLength(30);
  }

  @Property(tries = 200)
  void messagesAreBoundedWhateverTheValue(@ForAll("values") String value) {
    String message = ErrorMessages.bounded("--builtin '" + value + "' is unknown");

    assertThat(message.length()).isLessThanOrEqualTo(ErrorMessages.MAX_MESSAGE + 40);
    String shown = ErrorMessages.withoutControlCharacters(value);
    if (shown.length() <= ErrorMessages.MAX_WORD) {
      assertThat(message).contains(shown);
    }
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars('a', ' ', 'b').ofMinLength(1000).ofMaxLength(20_000),
        Arbitraries.strings().alpha().ofMinLength(100).ofMaxLength(100_000));
  }

  private static boolean strictlyUtf8(byte[] bytes) {
    try {
      UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithUtf16Mark(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
  }
  @Property(tries = 300)
  void theFastCheckAgreesWithTheScanWhereverTheBuffersSplit(@ForAll("mostlyText") byte[] bytes,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 70_000) int padding,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int headLength)
      throws IOException {
    byte[] all = new byte[padding + bytes.length];
    java.util.Arrays.fill(all, 0, padding, (byte) 'a');
    System.arraycopy(bytes, 0, all, padding, bytes.length);
    int split = Math.min(headLength, all.length);
    byte[] head = java.util.Arrays.copyOf(all, split);
    java.io.InputStream rest = new java.io.ByteArrayInputStream(all, split, all.length - split);

    assertThat(InputFiles.isUtf8WithoutNul(head, rest))
        .isEqualTo(strictlyUtf8(all) && !containsNul(all));
  }

  @net.jqwik.api.Example
  void onlyTablesUpToTheLimitAreReadWhole() throws IOException {
    // A sparse file one byte over the limit costs no disk space.
    Path large = dir.resolve("large.csv");
    try (var f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(InputFiles.WHOLE_FILE_BYTES + 1);
    }
    Path small = dir.resolve("small.csv");
    Files.write(small, "uCode\nA\n".getBytes(UTF_8));

    assertThat(InputFiles.readWhole(large)).isFalse();
    assertThat(InputFiles.readWhole(small)).isTrue();
    // not a file: csvText refuses it with the same message as requireText
    assertThat(InputFiles.readWhole(dir)).isTrue();
    assertThat(InputFiles.readWhole(dir.resolve("missing.csv"))).isTrue();
    Files.delete(large);
  }
  /** A file's bytes are what the file system's reader gives for them, whatever they are. */
  @Property(tries = 100)
  void allBytesAreTheFileSystemsBytes(@ForAll("mostlyText") byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve("bytes.csv"), bytes);
    assertThat(InputFiles.allBytes(file)).isEqualTo(Files.readAllBytes(file));
  }

  /**
   * A file that cannot be read fails as the file system's reader fails (its exception type
   * and message, which the commands report), not with the file stream's own.
   */
  @net.jqwik.api.Example
  void allBytesFailsAsTheFileSystemsReaderFails() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("a-folder.csv"));
    for (Path p : new Path[] {folder, dir.resolve("not-there.csv")}) {
      Throwable expected = org.assertj.core.api.Assertions.catchThrowable(
          () -> Files.readAllBytes(p));
      assertThat(expected).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> InputFiles.allBytes(p))
          .isExactlyInstanceOf(expected.getClass())
          .hasMessage(expected.getMessage());
    }
  }
}
