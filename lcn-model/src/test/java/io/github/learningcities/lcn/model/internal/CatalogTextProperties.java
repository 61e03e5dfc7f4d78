package io.github.learningcities.lcn.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The catalog reader's fast text steps agree with the routines they replaced: the line scan
 * with {@code split("\\r?\\n", -1)}, the decoding with a strict UTF-8 decoder (the same text,
 * or a rejection of the same bytes).
 */
class CatalogTextProperties {

  @Provide
  Arbitrary<String> texts() {
    // Line ends of every kind, doubled and at either end, among ordinary characters.
    return Arbitraries.strings().withChars("a#\t\r\n\r\nы").ofMinLength(0).ofMaxLength(60);
  }

  @Property(tries = 3000)
  void theLineScanSplitsAsTheRegularExpressionDoes(@ForAll("texts") String text) {
    assertThat(CatalogResourceReader.lines(text)).containsExactly(text.split("\r?\n", -1));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    // Valid UTF-8 (ASCII, Cyrillic, a replacement character written out, astral characters,
    // a BOM) cut and mixed with bytes that break it: lone continuation bytes, truncated
    // sequences, overlong forms, encoded surrogates.
    Arbitrary<byte[]> pieces = Arbitraries.of(
        "a".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        "ї".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
        "\uFEFF".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xD1}, new byte[] {(byte) 0xE2, (byte) 0x82},
        new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xFF});
    return pieces.list().ofMaxSize(12).map(list -> {
      int n = 0;
      for (byte[] p : list) {
        n += p.length;
      }
      byte[] out = new byte[n];
      int at = 0;
      for (byte[] p : list) {
        System.arraycopy(p, 0, out, at, p.length);
        at += p.length;
      }
      return out;
    });
  }

  @Property(tries = 3000)
  void decodingAgreesWithTheStrictDecoder(@ForAll("bytes") byte[] bytes) {
    String expected;
    try {
      expected = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      expected = null;
    }
    Throwable thrown = catchThrowable(() -> CatalogResourceReader.decode("r.tsv", bytes));
    if (expected == null) {
      assertThat(thrown).isInstanceOf(CatalogFormatException.class)
          .hasMessageContaining("is not valid UTF-8");
    } else if (expected.startsWith("\uFEFF")) {
      assertThat(thrown).isInstanceOf(CatalogFormatException.class)
          .hasMessageContaining("byte order mark");
    } else {
      assertThat(thrown).isNull();
      assertThat(CatalogResourceReader.decode("r.tsv", bytes)).isEqualTo(expected);
    }
  }
}
