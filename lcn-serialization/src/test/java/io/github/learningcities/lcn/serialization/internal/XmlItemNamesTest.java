package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.testkit.ExportedTypes;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.jsonFormatVisitors.JsonArrayFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonMapFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.util.TypeUtil;

class XmlItemNamesTest {

  @ParameterizedTest
  @CsvSource({"cities, city", "memberships, membership", "nodes, node",
      "organizations, organization", "units, unit", "weightSets, weightSet",
      "signatories, signatory", "delegatingBodies, delegatingBody", "criteria, criterion",
      "history, statusChange", "progress, progressRecord", "programme, programmeItem",
      "forceInclude, unit", "previousAwards, year", "unofficialTranslations, language"})
  void theSdksListsAreNamedByTheTable(String list, String item) {
    assertThat(XmlItemNames.itemName(list)).isEqualTo(item);
  }

  @ParameterizedTest
  @CsvSource({"categories, category", "scores, score", "rankings, ranking",
      "values, value", "addresses, item", "statuses, item", "boxes, item", "matches, item",
      "wishes, item", "heroes, item", "lives, item", "analysis, item", "campus, item",
      "data, item", "s, item", "ies, item", "staff, item"})
  void otherListsAreNamedByTheRuleOrItem(String list, String item) {
    assertThat(XmlItemNames.itemName(list)).isEqualTo(item);
  }

  @Test
  void theTableNamesAreXmlNamesWrittenAsTheyAre() {
    XmlItemNames.TABLE.forEach((list, item) -> {
      assertThat(XmlNameEscapes.isPlainName(list)).as(list).isTrue();
      assertThat(XmlNameEscapes.encode(item)).as(list).isEqualTo(item);
    });
  }

  /**
   * The lists whose item names the reader checks are exactly the lists of the XSDs: an element
   * whose content is a sequence of one element that may repeat, taken from the XSDs here.
   */
  @Test
  void theReaderChecksTheListsOfTheXsdsWithTheirItemNames() throws Exception {
    String xs = "http://www.w3.org/2001/XMLSchema";
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Map<String, Element> types = new TreeMap<>();
    List<Element> elements = new ArrayList<>();
    List<String> files = new ArrayList<>(List.of("lcn-types"));
    for (DocumentKind kind : DocumentKind.values()) {
      files.add(kind.id());
    }
    for (String file : files) {
      try (InputStream in = XmlItemNamesTest.class.getResourceAsStream(
          "/io/github/learningcities/lcn/serialization/schema/1.0/" + file + ".xsd")) {
        Element root = f.newDocumentBuilder().parse(in).getDocumentElement();
        for (Element c : children(root)) {
          if (c.getLocalName().equals("complexType")) {
            types.put(c.getAttribute("name"), c);
          }
        }
        NodeList all = root.getElementsByTagNameNS(xs, "element");
        for (int i = 0; i < all.getLength(); i++) {
          elements.add((Element) all.item(i));
        }
      }
    }
    Map<String, String> lists = new TreeMap<>();
    for (Element e : elements) {
      List<Element> local = children(e).stream()
          .filter(c -> c.getLocalName().equals("complexType")).toList();
      Element type = local.isEmpty() ? types.get(e.getAttribute("type")) : local.get(0);
      if (e.getAttribute("name").isEmpty() || type == null) {
        continue;
      }
      List<Element> content = children(type).stream()
          .filter(c -> !c.getLocalName().equals("annotation")
              && !c.getLocalName().equals("attribute")).toList();
      if (content.size() != 1 || !content.get(0).getLocalName().equals("sequence")) {
        continue;
      }
      List<Element> items = children(content.get(0));
      if (items.size() == 1 && items.get(0).getLocalName().equals("element")
          && items.get(0).getAttribute("maxOccurs").equals("unbounded")) {
        String name = e.getAttribute("name");
        String qualified = parentName(e, elements) + "/" + name;
        String key = XmlItemNames.CHECKED.containsKey(qualified) ? qualified : name;
        String before = lists.put(key, items.get(0).getAttribute("name"));
        assertThat(before).as(key).isIn(null, items.get(0).getAttribute("name"));
      }
    }
    assertThat(lists).hasSizeGreaterThan(10);
    assertThat(new TreeMap<>(XmlItemNames.CHECKED)).isEqualTo(lists);
    XmlItemNames.CHECKED.forEach((list, item) -> {
      if (!list.contains("/")) {
        assertThat(XmlItemNames.itemName(list)).as(list).isEqualTo(item);
      }
    });
  }

  /**
   * The name of the element whose content holds an XSD element: the nearest named element
   * around it, or the one element of the named type around it.
   */
  private static String parentName(Element e, List<Element> elements) {
    for (Node n = e.getParentNode(); n instanceof Element a; n = a.getParentNode()) {
      if (a.getLocalName().equals("element") && !a.getAttribute("name").isEmpty()) {
        return a.getAttribute("name");
      }
      if (a.getLocalName().equals("complexType") && !a.getAttribute("name").isEmpty()) {
        List<String> users = elements.stream()
            .filter(u -> u.getAttribute("type").equals(a.getAttribute("name")))
            .map(u -> u.getAttribute("name")).distinct().toList();
        return users.size() == 1 ? users.get(0) : "";
      }
    }
    return "";
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element ce) {
        out.add(ce);
      }
    }
    return out;
  }

  @Test
  void theModifierIsInTheMapperOfLcnXmlOnly() {
    assertThat(LcnXml.standard().mapper().registeredModules())
        .anyMatch(m -> m.getRegistrationId().equals(XmlItemNames.module().getRegistrationId()));
    assertThat(LcnJson.standard().mapper().registeredModules())
        .noneMatch(m -> m.getRegistrationId().equals(XmlItemNames.module().getRegistrationId()));
  }

  /** A type of one's own that configures its XML names keeps them. */
  public record Configured(
      @JacksonXmlElementWrapper(localName = "all") List<String> first,
      @JacksonXmlProperty(localName = "one") List<String> second,
      @JacksonXmlElementWrapper(useWrapping = false) List<String> third,
      List<String> fourths) {}

  @Test
  void explicitXmlNamesWin() {
    String xml = LcnXml.standard().mapper().writeValueAsString(new Configured(List.of("a"),
        List.of("b"), List.of("c"), List.of("d")));

    assertThat(xml).contains("<all>\n    <first>a</first>\n  </all>")
        .contains("<one>\n    <one>b</one>\n  </one>")
        .contains("<third>c</third>")
        .contains("<fourths>\n    <fourth>d</fourth>\n  </fourths>");
  }


  /**
   * Every collection-valued property that the public types of lcn-model, lcn-indicators and
   * lcn-serialization write (directly or through {@code LcnModule}'s wire records) has its
   * singular in the table, so the SDK's XML never depends on the rule, and a new list is a
   * deliberate change of the table and the XSDs; and the table holds nothing else.
   */
  @Test
  void everyListThatTheSdkWritesIsInTheTable() throws Exception {
    List<Class<?>> roots = new ArrayList<>();
    roots.addAll(ExportedTypes.valueTypes(City.class));
    roots.addAll(ExportedTypes.valueTypes(Engine.class));
    roots.addAll(ExportedTypes.valueTypes(LcnJson.class));
    Map<String, Set<String>> lists = new TreeMap<>();
    ListCollector collector = new ListCollector(LcnJson.standard().mapper(), lists);
    roots.forEach(collector::visit);

    assertThat(roots).hasSizeGreaterThan(80);
    assertThat(lists).containsKeys("cities", "nodes", "memberships", "history", "units",
        "imputedCells", "supporters", "progress", "forceInclude");
    Map<String, Set<String>> missing = new TreeMap<>(lists);
    missing.keySet().removeAll(XmlItemNames.TABLE.keySet());
    assertThat(missing).as("list properties (and their owners) without a singular in "
        + "XmlItemNames.TABLE").isEmpty();
    Set<String> unused = new TreeSet<>(XmlItemNames.TABLE.keySet());
    unused.removeAll(lists.keySet());
    assertThat(unused).as("entries of XmlItemNames.TABLE that no public type writes").isEmpty();
  }

  /** Walks the serializers of types and collects the names of their list properties. */
  private static final class ListCollector {

    /**
     * The generated implementation of an abstract model type, which Jackson writes at run time
     * (the model's types carry no databind annotation pointing at it).
     */
    private JavaType implementation(JavaType type) {
      if (type == null) {
        return null;
      }
      Class<?> raw = type.getRawClass();
      if (!java.lang.reflect.Modifier.isAbstract(raw.getModifiers()) || raw.isInterface()
          || raw.isPrimitive() || raw.isArray()) {
        return type;
      }
      try {
        return mapper.constructType(Class.forName(raw.getPackageName() + ".Immutable"
            + raw.getSimpleName(), false, raw.getClassLoader()));
      } catch (ClassNotFoundException e) {
        return type;
      }
    }

    private final ObjectMapper mapper;
    private final Map<String, Set<String>> lists;
    private final Set<JavaType> seen = new HashSet<>();

    ListCollector(ObjectMapper mapper, Map<String, Set<String>> lists) {
      this.mapper = mapper;
      this.lists = lists;
    }

    void visit(Class<?> type) {
      visit(mapper.constructType(type));
    }

    void visit(JavaType declared) {
      JavaType type = implementation(declared);
      if (type == null || !seen.add(type)) {
        return;
      }
      Deque<JavaType> next = new ArrayDeque<>();
      try {
        mapper.acceptJsonFormatVisitor(type, new JsonFormatVisitorWrapper.Base() {
          @Override
          public JsonObjectFormatVisitor expectObjectFormat(JavaType t) {
            return new JsonObjectFormatVisitor.Base(getContext()) {
              @Override
              public void property(BeanProperty p) {
                add(p);
              }

              @Override
              public void optionalProperty(BeanProperty p) {
                add(p);
              }

              private void add(BeanProperty p) {
                if (TypeUtil.isIndexedType(p.getType())) {
                  lists.computeIfAbsent(p.getName(), k -> new TreeSet<>())
                      .add(t.getRawClass().getSimpleName());
                }
                next.add(p.getType());
              }
            };
          }

          @Override
          public JsonArrayFormatVisitor expectArrayFormat(JavaType t) {
            if (t.getContentType() != null) {
              next.add(t.getContentType());
            }
            return null;
          }

          @Override
          public JsonMapFormatVisitor expectMapFormat(JavaType t) {
            if (t.getContentType() != null) {
              next.add(t.getContentType());
            }
            return null;
          }
        });
      } catch (InvalidDefinitionException e) {
        return; // a type Jackson cannot write has no XML
      }
      for (JavaType t : next) {
        visit(t);
        visit(t.getContentType());
      }
    }
  }
}
