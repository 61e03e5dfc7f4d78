package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * iData's text made beside the caller reads as {@link InputFiles#csvText} makes it, and a
 * failure of it is reported before a failure of iMeta's, as when iData was read first: the
 * file missing, not UTF-8, a folder, with iMeta missing or malformed.
 */
class CsvTextBesideTest {
  @TempDir
  Path temp;

  private static String all(Reader in) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[5];
    for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }

  @Test
  void theTextIsTheFilesTextAsTheCallerWouldMakeIt() throws IOException {
    Path file = Files.writeString(temp.resolve("t.csv"), "\uFEFFuCode,x\r\nA,1\nÄ,\"2,5\"\n",
        UTF_8);
    try (CsvTextBeside beside = CsvTextBeside.start(file)) {
      assertThat(all(beside)).isEqualTo(all(InputFiles.csvText(file)));
    }
  }

  @Test
  void aFailureOfTheTextIsThrownByTheFirstReadAndWhenAsked() throws IOException {
    Path missing = temp.resolve("missing.csv");
    CsvTextBeside beside = CsvTextBeside.start(missing);
    assertThatThrownBy(() -> beside.read(new char[4], 0, 4))
        .isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
    assertThatThrownBy(beside::throwFailure).isInstanceOf(NoSuchFileException.class);

    Path latin1 = Files.write(temp.resolve("latin1.csv"), new byte[] {'u', ',', (byte) 0xE9});
    CsvTextBeside notUtf8 = CsvTextBeside.start(latin1);
    assertThatThrownBy(notUtf8::throwFailure).isInstanceOf(BadInputException.class)
        .hasMessageContaining(latin1 + ", line 1");
  }

  @Test
  void iDatasFailureComesBeforeIMetasAsWhenReadFirst() throws IOException {
    Path data = Files.writeString(temp.resolve("d.csv"), "uCode,uName,x\nA,a,1\n");
    Path malformedMeta = Files.writeString(temp.resolve("m.csv"), "iCode,Type\n\"x,1\n");
    Path missingData = temp.resolve("no-data.csv");
    Path missingMeta = temp.resolve("no-meta.csv");
    Path notUtf8Data = Files.write(temp.resolve("latin1.csv"),
        new byte[] {'u', 'C', 'o', 'd', 'e', '\n', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> TableFiles.read(missingData, missingMeta))
        .isInstanceOf(NoSuchFileException.class).hasMessage(missingData.toString());
    assertThatThrownBy(() -> TableFiles.read(missingData, malformedMeta))
        .isInstanceOf(NoSuchFileException.class).hasMessage(missingData.toString());
    assertThatThrownBy(() -> TableFiles.read(notUtf8Data, malformedMeta))
        .isInstanceOf(BadInputException.class).hasMessageContaining(notUtf8Data.toString());
    assertThatThrownBy(() -> TableFiles.read(temp, malformedMeta))
        .isInstanceOf(BadInputException.class).hasMessage(temp + ": is a folder; expected a file");
    // iData readable: iMeta's own failures.
    assertThatThrownBy(() -> TableFiles.read(data, missingMeta))
        .isInstanceOf(NoSuchFileException.class).hasMessage(missingMeta.toString());
    assertThatThrownBy(() -> TableFiles.read(data, malformedMeta))
        .isInstanceOf(DocumentReadException.class).hasMessageContaining(malformedMeta.toString());
  }
}
