package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.serialization.internal.XmlItemNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #11: the readers were looser than the schemas (a null weight read as 1.0, a number
 * written as a text was accepted, a DOCTYPE was ignored, an XInclude element was dropped).
 * Every golden document is mutated at every place (a null, a number or flag written as a
 * text, a text written as a number, a whole number made fractional, an extra property or
 * element, a DOCTYPE, an XInclude, xsi:nil, text beside elements) and the reader and the
 * schema must agree: both refuse or both accept.
 *
 * <p>Inside open content (maps, localized texts, and in XML {@code parameters}, whose XSD cannot
 * depend on the method named beside them) the reader may be stricter than the schema, never
 * looser. Left out: changed numbers of a results document (the reader runs the pipeline again
 * and refuses numbers it does not reproduce, which no schema can tell).
 */
class ReaderSchemaAgreementTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static String golden(String path) throws IOException {
    try (InputStream in = ReaderSchemaAgreementTest.class.getResourceAsStream(
        "/golden/1.0/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String readerOutcome(DocumentFormat format, String doc, DocumentKind kind) {
    try {
      format.read(doc, kind.contentType());
      return null;
    } catch (DocumentReadException e) {
      return e.getMessage();
    }
  }

  /**
   * Records a disagreement. Inside open content (a map, a localized text, or an object the
   * schema leaves unspecified: where it accepts an unknown property or element) only a reader
   * looser than the schema is one; a stricter reader there checks what the schema cannot.
   */
  private static void check(List<String> disagreements, String what, String readerRefusal,
      String schemaRefusal, boolean open) {
    if (open && (readerRefusal != null || schemaRefusal == null)) {
      return;
    }
    if ((readerRefusal == null) != (schemaRefusal == null)) {
      disagreements.add(what + ": reader " + (readerRefusal == null ? "accepts"
          : "refuses (" + readerRefusal + ")") + ", schema " + (schemaRefusal == null
              ? "accepts" : "refuses (" + schemaRefusal + ")"));
    }
  }

  /** Every value node of a tree with its parent and key (or index), depth first. */
  private record Place(JsonNode parent, String key, int index, String pointer) {}

  private static void places(JsonNode node, String pointer, List<Place> out) {
    if (node instanceof ObjectNode o) {
      for (String k : o.propertyNames()) {
        String p = pointer + "/" + k;
        out.add(new Place(o, k, -1, p));
        places(o.get(k), p, out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Place(a, null, i, pointer + "/" + i));
        places(a.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static JsonNode valueAt(Place p) {
    return p.key() != null ? p.parent().get(p.key()) : p.parent().get(p.index());
  }

  private static void set(Place p, JsonNode value) {
    if (p.key() != null) {
      ((ObjectNode) p.parent()).set(p.key(), value);
    } else {
      ((ArrayNode) p.parent()).set(p.index(), value);
    }
  }

  /** The mutations of one value: what it becomes, and a label. */
  private static List<JsonNode[]> mutationsOf(JsonNode v, boolean numbersMayChange) {
    List<JsonNode[]> out = new ArrayList<>();
    out.add(new JsonNode[] {PLAIN.nullNode()});
    if (v.isNumber()) {
      out.add(new JsonNode[] {PLAIN.getNodeFactory().textNode(v.asString())});
      if (v.isIntegralNumber() && numbersMayChange) {
        out.add(new JsonNode[] {PLAIN.getNodeFactory().numberNode(v.asDouble() + 0.5)});
      }
    } else if (v.isBoolean()) {
      out.add(new JsonNode[] {PLAIN.getNodeFactory().textNode(v.asString())});
    } else if (v.isString()) {
      out.add(new JsonNode[] {PLAIN.getNodeFactory().numberNode(7)});
      out.add(new JsonNode[] {PLAIN.getNodeFactory().textNode("")});
    } else if (v.isObject()) {
      ObjectNode extra = ((ObjectNode) v).deepCopy();
      extra.put("unknownProperty", "x");
      out.add(new JsonNode[] {extra});
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void theJsonReaderAndTheJsonSchemaAgreeOnEveryMutation(DocumentKind kind) throws Exception {
    String original = golden("valid/" + kind.id() + ".json");
    JsonNode tree = PLAIN.readTree(original);
    List<Place> places = new ArrayList<>();
    places(tree, "", places);
    List<String> disagreements = new ArrayList<>();
    List<String> lax = new ArrayList<>();
    for (Place p : places) {
      if (valueAt(p) instanceof ObjectNode o) {
        JsonNode v = o.deepCopy();
        o.put("unknownProperty", "x");
        String doc = PLAIN.writeValueAsString(tree);
        set(p, v);
        if (GoldenDocumentTest.jsonSchemaErrors(kind, doc).isEmpty()) {
          lax.add(p.pointer() + "/");
        }
      }
    }
    int tried = 0;
    for (Place p : places) {
      JsonNode v = valueAt(p);
      if (p.pointer().equals("/lcnDocument") || p.pointer().equals("/formatVersion")
          && !v.isString()) {
        continue;
      }
      for (JsonNode[] m : mutationsOf(v, kind != DocumentKind.RESULTS)) {
        set(p, m[0]);
        String doc = PLAIN.writeValueAsString(tree);
        set(p, v);
        String schema = GoldenDocumentTest.jsonSchemaErrors(kind, doc).stream()
            .map(Object::toString).findFirst().orElse(null);
        boolean open = lax.stream().anyMatch(l -> (p.pointer() + "/").startsWith(l));
        check(disagreements, p.pointer() + " = " + m[0], readerOutcome(LcnJson.standard(),
            doc, kind), schema, open);
        tried++;
      }
    }
    assertThat(tried).isGreaterThan(10);
    assertThat(disagreements).isEmpty();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static String print(Document d) throws Exception {
    var t = TransformerFactory.newInstance().newTransformer();
    t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
    StringWriter w = new StringWriter();
    t.transform(new DOMSource(d), new StreamResult(w));
    return w.toString();
  }

  private static String xsdOutcome(DocumentKind kind, String doc) throws IOException {
    try {
      Validator v = GoldenDocumentTest.xsdValidator(kind);
      v.validate(new StreamSource(new StringReader(doc)));
      return null;
    } catch (SAXException e) {
      return e.getMessage();
    }
  }

  private static List<Element> elements(Element e, List<Element> out) {
    out.add(e);
    if (e.getLocalName().equals("parameters") || e.getLocalName().equals("overrides")) {
      return out;
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element ce) {
        elements(ce, out);
      }
    }
    return out;
  }

  /** The element's place, e.g. {@code /a[1]/b[2]/}, as a prefix of its descendants'. */
  private static String path(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      int index = 1;
      for (Node s = el.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
        if (s instanceof Element se && se.getTagName().equals(el.getTagName())) {
          index++;
        }
      }
      sb.insert(0, "/" + el.getTagName() + "[" + index + "]");
    }
    return sb.append('/').toString();
  }

  private static boolean isLeaf(Element e) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element) {
        return false;
      }
    }
    return true;
  }

  /** The places of a document where the XSD accepts an unknown element: open content. */
  private static List<String> laxPlaces(DocumentKind kind, String original) throws Exception {
    int count = elements(parse(original).getDocumentElement(), new ArrayList<>()).size();
    List<String> lax = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Document d = parse(original);
      Element e = elements(d.getDocumentElement(), new ArrayList<>()).get(i);
      String where = path(e);
      e.insertBefore(d.createElement("unknownElement"), e.getFirstChild());
      if (xsdOutcome(kind, print(d)) == null) {
        lax.add(where);
      }
    }
    return lax;
  }

  /**
   * Issue #11: the XML reader took every child of a list as an item whatever its name. Every
   * item of every list of every golden document (an element named as the writer names the
   * items of its parent) is renamed, to a foreign name and to the list's own name (Jackson's
   * default); the XSD and the reader must both refuse, the reader naming the line, column,
   * XML path and the expected item name. Inside open content the XSD may accept.
   */
  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void aRenamedListItemIsRefusedByTheReaderAndTheXsd(DocumentKind kind) throws Exception {
    String original = golden("valid/" + kind.id() + ".xml");
    List<String> lax = laxPlaces(kind, original);
    List<Element> all = elements(parse(original).getDocumentElement(), new ArrayList<>());
    List<String> disagreements = new ArrayList<>();
    int refusedByBoth = 0;
    for (int i = 0; i < all.size(); i++) {
      Element item = all.get(i);
      if (!(item.getParentNode() instanceof Element list)
          || !item.getLocalName().equals(XmlItemNames.itemName(list.getLocalName()))) {
        continue;
      }
      for (String name : List.of("renamedItem", list.getLocalName())) {
        Document d = parse(original);
        Element e = elements(d.getDocumentElement(), new ArrayList<>()).get(i);
        Element parent = (Element) e.getParentNode();
        String where = path(parent);
        String xmlPath = where.replaceAll("\\[\\d+\\]", "") + name;
        d.renameNode(e, null, name);
        String doc = print(d);
        String reader = readerOutcome(LcnXml.standard(), doc, kind);
        String schema = xsdOutcome(kind, doc);
        boolean open = lax.stream().anyMatch(where::startsWith);
        if (open && schema == null) {
          continue;
        }
        String what = where + item.getLocalName() + " renamed " + name;
        if (reader == null || schema == null) {
          disagreements.add(what + ": reader " + (reader == null ? "accepts" : "refuses")
              + ", schema " + (schema == null ? "accepts" : "refuses"));
        } else if (!(reader.contains("line ") && reader.contains("column ")
            && reader.contains(xmlPath) && reader.contains("expected <"
                + item.getLocalName() + ">"))) {
          disagreements.add(what + ": the reader's message lacks the place or the expected"
              + " item: " + reader);
        } else {
          refusedByBoth++;
        }
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(refusedByBoth).isPositive();
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void theXmlReaderAndTheXsdAgreeOnEveryMutation(DocumentKind kind) throws Exception {
    String original = golden("valid/" + kind.id() + ".xml");
    List<String> disagreements = new ArrayList<>();
    int count = elements(parse(original).getDocumentElement(), new ArrayList<>()).size();
    String xi = "http://www.w3.org/2001/XInclude";
    String xsi = "http://www.w3.org/2001/XMLSchema-instance";
    List<String> lax = laxPlaces(kind, original);
    for (int i = 0; i < count; i++) {
      int at = i;
      List<Consumer<Element>> mutations = new ArrayList<>();
      mutations.add(e -> e.insertBefore(e.getOwnerDocument().createElement("unknownElement"),
          e.getFirstChild()));
      mutations.add(e -> {
        Element inc = e.getOwnerDocument().createElementNS(xi, "xi:include");
        inc.setAttribute("href", "more.xml");
        e.insertBefore(inc, e.getFirstChild());
      });
      mutations.add(e -> e.setAttributeNS(xsi, "xsi:nil", "true"));
      mutations.add(e -> {
        if (isLeaf(e)) {
          e.setTextContent("");
        } else {
          e.insertBefore(e.getOwnerDocument().createTextNode("text"), e.getFirstChild());
        }
      });
      for (Consumer<Element> m : mutations) {
        Document d = parse(original);
        Element e = elements(d.getDocumentElement(), new ArrayList<>()).get(at);
        if (e == d.getDocumentElement() && mutations.indexOf(m) == 0) {
          continue;
        }
        String where = path(e);
        boolean open = lax.stream().anyMatch(l -> where.startsWith(l));
        m.accept(e);
        String doc = print(d);
        check(disagreements, where + " mutation " + mutations.indexOf(m),
            readerOutcome(LcnXml.standard(), doc, kind), xsdOutcome(kind, doc), open);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  /** The README's rule, which XSD validation does not check: a DOCTYPE is refused. */
  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void aDoctypeIsRefusedWithItsLineAndColumn(DocumentKind kind) throws Exception {
    String original = golden("valid/" + kind.id() + ".xml");
    String decl = original.substring(0, original.indexOf("?>") + 2);
    for (String doctype : new String[] {"<!DOCTYPE " + kind.xmlRootElement() + ">",
        "<!DOCTYPE " + kind.xmlRootElement() + " [<!ELEMENT x ANY>]>"}) {
      String doc = decl + "\n" + doctype + original.substring(decl.length());
      assertThat(readerOutcome(LcnXml.standard(), doc, kind)).as(doctype)
          .contains("line 2, column 1").contains("a DOCTYPE declaration is refused");
    }
  }
}
