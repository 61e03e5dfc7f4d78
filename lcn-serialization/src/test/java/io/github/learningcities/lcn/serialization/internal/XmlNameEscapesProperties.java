package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The escapes of map keys in XML are reversible, stable and give XML names. */
class XmlNameEscapesProperties {

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withChars("_x0123456789ABCDEFabcdef- .:")
            .ofMaxLength(16),
        Arbitraries.strings().alpha().numeric().withChars("_-.ґїєіЇЄІҐйщ").ofMaxLength(12));
  }

  @Property(tries = 2000)
  void readingBackAnEscapedKeyGivesTheKey(@ForAll("keys") String key) {
    assertThat(XmlNameEscapes.decode(XmlNameEscapes.encode(key))).isEqualTo(key);
  }

  @Property(tries = 500)
  void anEscapedKeyIsAnXmlNameForBothParsers(@ForAll("keys") String key) throws Exception {
    String document = "<r><" + XmlNameEscapes.encode(key) + "/></r>";
    XmlNameEscapesTest.readWithStax(document);
    XmlNameEscapesTest.readWithJdk(document);
  }

  @Property(tries = 1000)
  void aPlainNameIsWrittenAsItIs(@ForAll("keys") String key) {
    if (XmlNameEscapes.isPlainName(key) && !key.contains("_x")) {
      assertThat(XmlNameEscapes.encode(key)).isSameAs(key);
    } else {
      assertThat(XmlNameEscapes.encode(key)).isNotEqualTo(key);
    }
  }
}
