package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.lcn.indicators.framework.Framework;
import java.io.Reader;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A string of 100 MB against the default limit of 20,000,000 characters: refused as soon as
 * the limit is passed, without reading the rest of the document. The document is generated
 * while it is read, so the test never holds 100 MB of text.
 */
class HugeStringTest {
  private static final long HUGE = 100_000_000L;

  /** A document whose one string is {@code length} characters long, produced on demand. */
  private static final class GeneratedDocument extends Reader {
    private final String head;
    private final String tail;
    private final long length;
    private long position;

    GeneratedDocument(String head, long length, String tail) {
      this.head = head;
      this.length = length;
      this.tail = tail;
    }

    long charactersRead() {
      return position;
    }

    @Override
    public int read(char[] buffer, int offset, int count) {
      long total = head.length() + length + tail.length();
      if (position >= total) {
        return -1;
      }
      int n = 0;
      while (n < count && position < total) {
        long p = position;
        char c;
        if (p < head.length()) {
          c = head.charAt((int) p);
        } else if (p < head.length() + length) {
          c = 'я';
        } else {
          c = tail.charAt((int) (p - head.length() - length));
        }
        buffer[offset + n] = c;
        n++;
        position++;
      }
      return n;
    }

    @Override
    public void close() {
      position = Long.MAX_VALUE;
    }
  }

  @Test
  @Timeout(60)
  void aJsonStringOf100MegabytesIsRefusedAtTheLimit() throws Exception {
    GeneratedDocument doc = new GeneratedDocument("{\"lcnDocument\":\"framework\","
        + "\"formatVersion\":\"1.0\",\"framework\":{\"nodes\":[{\"code\":\"A\",\"name\":\"",
        HUGE, "\"}]}}");
    long start = System.nanoTime();

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> LcnJson.standard().read(doc, Framework.class));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("(reader), line 1").containsIgnoringCase("length")
        .contains("20000000");
    assertThat(doc.charactersRead()).isLessThan(HUGE / 2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  @Timeout(60)
  void anXmlTextOf100MegabytesIsRefusedAtTheLimit() throws Exception {
    GeneratedDocument doc = new GeneratedDocument("<frameworkDocument lcnDocument=\"framework\""
        + " formatVersion=\"1.0\"><framework><nodes><node><code>A</code><name>", HUGE,
        "</name></node></nodes></framework></frameworkDocument>");
    long start = System.nanoTime();

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> LcnXml.standard().read(doc, Framework.class));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("(reader), line 1")
        .contains("/frameworkDocument/framework/nodes/node[1]")
        .contains("Text size limit (20000000) exceeded");
    assertThat(doc.charactersRead()).isLessThan(HUGE / 2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }
}
