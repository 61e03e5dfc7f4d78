package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every format version this release reads has a golden document of every kind in both
 * formats, and each still reads: adding a version to {@link
 * DocumentKind#readableFormatVersions()} without its golden files fails here, and so does
 * dropping the reading of a released version.
 */
class FormatVersionsTest {

  @Test
  void theCurrentVersionIsTheNewestReadableOne() {
    assertThat(DocumentKind.readableFormatVersions()).isNotEmpty()
        .last().isEqualTo(DocumentKind.CURRENT_FORMAT_VERSION);
  }

  @Test
  void everyReadableVersionHasAGoldenDocumentOfEveryKindThatStillReads() throws IOException {
    for (String version : DocumentKind.readableFormatVersions()) {
      for (DocumentKind kind : DocumentKind.values()) {
        for (DocumentFormat format : new DocumentFormat[] {LcnJson.standard(),
            LcnXml.standard()}) {
          String file = "/golden/" + version + "/valid/" + kind.id()
              + (format instanceof LcnJson ? ".json" : ".xml");
          try (InputStream in = getClass().getResourceAsStream(file)) {
            assertThat(in).as("golden document %s", file).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("\"" + version + "\"");
            assertThat(format.read(text, kind.contentType())).as(file)
                .isInstanceOf(kind.contentType());
          }
        }
      }
    }
  }
}
