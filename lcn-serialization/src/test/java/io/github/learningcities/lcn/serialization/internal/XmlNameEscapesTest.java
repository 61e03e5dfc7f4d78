package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

class XmlNameEscapesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "GDP per capita | GDP_x0020_per_x0020_capita",
      "1st | _x0031_st",
      "-x | _x002D_x",
      ".5 | _x002E_5",
      "a:b | a_x003A_b",
      "a/b | a_x002F_b",
      "tax_x | tax_x005F_x",
      "_x0041_ | _x005F_x0041_",
      "a_b | a_b",
      "'' | _x_",
      "Libraries | Libraries",
      "uk-Latn | uk-Latn",
      "Індекс_доступу | Індекс_доступу",
      "ґанок.Є-1 | ґанок.Є-1",
      "Größe | Größe",
      "ŀ | _x0140_",
      "Ѝ | _x040D_",
      "µg | _x00B5_g",
      "日本 | _x65E5__x672C_",
      "😀 | _x0001F600_"})
  void keysThatAreNotXmlNamesAreEscapedReversibly(String key, String name) {
    String k = key.equals("''") ? "" : key;

    assertThat(XmlNameEscapes.encode(k)).isEqualTo(name);
    assertThat(XmlNameEscapes.decode(name)).isEqualTo(k);
    assertThat(XmlNameEscapes.decode(XmlNameEscapes.encode(k))).isEqualTo(k);
  }

  @ParameterizedTest
  @CsvSource({"_x0041_, A", "_x0061_bc, abc", "_x00e9_, é", "_x00000041_, A", "_x004_, _x004_",
      "_x00G1_, _x00G1_", "_x, _x", "a_x, a_x", "_x00110000_, _x00110000_",
      "_X0041_, _X0041_"})
  void readingDecodesEveryEscapeAndLeavesOtherTextAlone(String name, String key) {
    assertThat(XmlNameEscapes.decode(name)).isEqualTo(key);
  }

  /**
   * Every character written as it is may stand where it stands for both XML parsers that read
   * the SDK's documents here: Woodstox (the reader's) and the JDK's (the XSD validator's).
   */
  @Test
  void everyPlainCharacterIsAcceptedByBothParsers() throws Exception {
    List<Character> starts = new ArrayList<>();
    List<Character> parts = new ArrayList<>();
    for (char c = 1; c < 0xFFFF; c++) {
      if (XmlNameEscapes.isPlainStart(c)) {
        starts.add(c);
      } else if (XmlNameEscapes.isPlainPart(c)) {
        parts.add(c);
      }
    }
    assertThat(starts).hasSizeGreaterThan(300).contains('Ґ', 'ї', 'é', 'z', '_');
    assertThat(parts).containsExactlyInAnyOrder('0', '1', '2', '3', '4', '5', '6', '7', '8',
        '9', '-', '.');
    StringBuilder names = new StringBuilder();
    for (char c : starts) {
      names.append('<').append(c).append("/>").append("<a").append(c).append("/>");
    }
    for (char c : parts) {
      names.append("<a").append(c).append("/>");
    }
    String document = "<r>" + names + "</r>";
    assertThatCode(() -> readWithStax(document)).doesNotThrowAnyException();
    assertThatCode(() -> readWithJdk(document)).doesNotThrowAnyException();
  }

  @Test
  void whatIsEscapedIsAnXmlNameForBothParsers() throws Exception {
    StringBuilder names = new StringBuilder();
    for (String key : List.of("", "1", "a b", ":", "-", "😀x", "µ", "日本", "\u0300a",
        "ŉ", "ſ", "x\u0001y", "a>b", "&amp;", "\"q\"")) {
      names.append('<').append(XmlNameEscapes.encode(key)).append("/>");
    }
    String document = "<r>" + names + "</r>";
    assertThatCode(() -> readWithStax(document)).doesNotThrowAnyException();
    assertThatCode(() -> readWithJdk(document)).doesNotThrowAnyException();
  }

  static void readWithStax(String document) throws Exception {
    XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(
        new StringReader(document));
    assertThat(r.getClass().getName()).startsWith("com.ctc.wstx");
    while (r.hasNext()) {
      r.next();
    }
  }

  static void readWithJdk(String document) throws Exception {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.newSAXParser().parse(new InputSource(new StringReader(document)),
        new DefaultHandler());
  }
}
