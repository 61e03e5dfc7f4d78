package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.io.StringReader;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;

/**
 * Framework documents of frameworks that are directed acyclic graphs (issue 14): the optional
 * {@code additionalParents} of a node, in both formats, against the schemas and the readers.
 */
class DagFrameworkDocumentTest {

  private static void assertSharedVolunteering(Framework fw) {
    assertThat(fw.isTree()).isFalse();
    assertThat(fw.parents("Volunteering"))
        .containsExactly(Map.entry("Access", 0.5), Map.entry("Participation", 1.5));
    assertThat(fw.children("Participation")).extracting(Node::code)
        .containsExactly("Events", "Volunteering");
  }

  @Test
  void theJsonGoldenGraphMatchesTheSchemaReadsAndWritesBackTheSameText() throws Exception {
    String text = GoldenDocumentTest.golden("valid/framework-dag.json");
    assertThat(GoldenDocumentTest.jsonSchemaErrors(DocumentKind.FRAMEWORK, text)).isEmpty();
    Framework fw = LcnJson.standard().read(text, Framework.class);
    assertSharedVolunteering(fw);
    assertThat(LcnJson.standard().writeToString(fw)).isEqualTo(text.stripTrailing());
  }

  @Test
  void theXmlGoldenGraphMatchesTheXsdReadsAndWritesBackTheSameText() throws Exception {
    String text = GoldenDocumentTest.golden("valid/framework-dag.xml");
    GoldenDocumentTest.xsdValidator(DocumentKind.FRAMEWORK)
        .validate(new StreamSource(new StringReader(text)));
    Framework fw = LcnXml.standard().read(text, Framework.class);
    assertSharedVolunteering(fw);
    assertThat(LcnXml.standard().writeToString(fw).stripTrailing())
        .isEqualTo(text.stripTrailing());
    assertThat(fw).isEqualTo(LcnJson.standard().read(
        GoldenDocumentTest.golden("valid/framework-dag.json"), Framework.class));
  }

  @Test
  void aTreeDocumentWritesNoAdditionalParents() throws Exception {
    String text = GoldenDocumentTest.golden("valid/framework.json");
    Framework fw = LcnJson.standard().read(text, Framework.class);
    assertThat(fw.isTree()).isTrue();
    assertThat(LcnJson.standard().writeToString(fw)).doesNotContain("additionalParents");
    assertThat(LcnXml.standard().writeToString(fw)).doesNotContain("additionalParents");
  }

  @Test
  void readersRefuseACycleAndAnUnknownOrNegativeAdditionalParentNamingTheNode()
      throws Exception {
    String json = GoldenDocumentTest.golden("valid/framework-dag.json");
    String xml = GoldenDocumentTest.golden("valid/framework-dag.xml");
    // Access also under Volunteering: Access -> Volunteering -> Access
    String cycleJson = json.replace("\"code\" : \"Access\",\n      \"parent\" : \"Index\",",
        "\"code\" : \"Access\",\n      \"parent\" : \"Index\",\n"
            + "      \"additionalParents\" : { \"Volunteering\" : 1.0 },");
    assertThat(cycleJson).isNotEqualTo(json);
    assertThatThrownBy(() -> LcnJson.standard().read(cycleJson, Framework.class))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("Access -> Volunteering -> Access");
    String unknownXml = xml.replace("<Participation>1.5</Participation>", "<Sport>1.5</Sport>");
    assertThat(unknownXml).isNotEqualTo(xml);
    assertThatThrownBy(() -> LcnXml.standard().read(unknownXml, Framework.class))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("Volunteering").hasMessageContaining("'Sport' does not exist");
    String negativeXml = xml.replace("<Participation>1.5</Participation>",
        "<Participation>-1.5</Participation>");
    assertThatThrownBy(() -> LcnXml.standard().read(negativeXml, Framework.class))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("Volunteering").hasMessageContaining("finite number >= 0");
  }
}
