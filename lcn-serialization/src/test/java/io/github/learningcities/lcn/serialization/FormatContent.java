package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content of a JSON and of an XML text of the same value, in a form that can be compared
 * without knowing the documents' shapes: every value the text carries, counted by value.
 *
 * <p>A value is a JSON scalar (text, number, boolean) or an XML attribute's value or text of an
 * element that holds no element; a JSON {@code null}, an empty text, an empty list or an empty
 * object counts as the empty value, as does an XML element that holds neither element,
 * attribute nor text. Map keys and element names are names, not values: a value written
 * through a path that the XML writer renders as an empty element, or leaves out, shows as a
 * missing value; a map whose keys a format cannot name shows in its values. The XML side also
 * reports the elements that hold only elements of their own name, the shape of Jackson's
 * unwrapped lists, where a reader cannot tell a list of items from an item whose one property
 * is named like it.
 */
final class FormatContent {
  private FormatContent() {}

  /**
   * Asserts that an XML text carries the values of a JSON text, each as often, and has no
   * element that holds only elements of its own name.
   */
  static void assertSameContent(String json, String xml) {
    assertThat(difference(ofJson(json), ofXml(xml)))
        .as("values counted in JSON minus those in XML, of%n%s", xml).isEmpty();
    assertThat(itemsNamedLikeTheirOnlyContent(xml)).as(xml).isEmpty();
  }

  /** The values of a JSON text, as written, by value, with how often each occurs. */
  static Map<String, Integer> ofJson(String json) {
    Map<String, Integer> values = new TreeMap<>();
    try (JsonParser p = JsonMapper.builder().build().createParser(json)) {
      JsonToken previous = null;
      for (JsonToken t = p.nextToken(); t != null; previous = t, t = p.nextToken()) {
        if (t.isScalarValue()) {
          values.merge(t == JsonToken.VALUE_NULL ? "" : p.getString(), 1, Integer::sum);
        } else if ((t == JsonToken.END_OBJECT && previous == JsonToken.START_OBJECT)
            || (t == JsonToken.END_ARRAY && previous == JsonToken.START_ARRAY)) {
          values.merge("", 1, Integer::sum);
        }
      }
    }
    return values;
  }

  /**
   * The values whose counts differ: each with how many more times the first counts it than
   * the second (negative when the second counts it more often).
   */
  static Map<String, Integer> difference(Map<String, Integer> first,
      Map<String, Integer> second) {
    Map<String, Integer> difference = new TreeMap<>(first);
    second.forEach((value, count) -> difference.merge(value, -count, Integer::sum));
    difference.values().removeIf(count -> count == 0);
    return difference;
  }

  /** The values of an XML text, by value, with how often each occurs. */
  static Map<String, Integer> ofXml(String xml) {
    Map<String, Integer> values = new TreeMap<>();
    collect(parse(xml), values);
    return values;
  }

  private static void collect(Element e, Map<String, Integer> values) {
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      values.merge(((Attr) attributes.item(i)).getValue(), 1, Integer::sum);
    }
    boolean elements = false;
    StringBuilder text = new StringBuilder();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        elements = true;
        collect(child, values);
      } else if (c.getNodeType() == Node.TEXT_NODE
          || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(c.getNodeValue());
      }
    }
    if (!elements && (attributes.getLength() == 0 || !text.isEmpty())) {
      values.merge(text.toString(), 1, Integer::sum);
    }
  }

  /**
   * The elements of an XML text that hold elements, all of their own name, each as a path of
   * element names from the root.
   */
  static List<String> itemsNamedLikeTheirOnlyContent(String xml) {
    List<String> found = new ArrayList<>();
    walk(parse(xml), "", found);
    return found;
  }

  private static void walk(Element e, String parent, List<String> found) {
    String path = parent + "/" + e.getTagName();
    boolean elements = false;
    boolean allNamedLikeIt = true;
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        elements = true;
        allNamedLikeIt &= child.getTagName().equals(e.getTagName());
        walk(child, path, found);
      }
    }
    if (elements && allNamedLikeIt) {
      found.add(path);
    }
  }

  private static Element parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
          .getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }
}
