package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Codes and identifiers at the root of an XML text: named after their type, read back. */
class SingleValueXmlTest {
  private static final ObjectMapper XML = LcnXml.standard().mapper();
  private static final ObjectMapper JSON = LcnJson.standard().mapper();

  @Test
  void aCodeAtTheRootIsAnElementNamedAfterItsType() {
    assertThat(XML.writeValueAsString(CountryCode.of("NG")))
        .endsWith("<CountryCode>NG</CountryCode>");
    assertThat(XML.readValue("<CountryCode>NG</CountryCode>", CountryCode.class))
        .isEqualTo(CountryCode.of("NG"));
    assertThat(XML.readValue("<SubdivisionCode>UA-23</SubdivisionCode>",
        SubdivisionCode.class)).isEqualTo(SubdivisionCode.of("UA-23"));
    assertThat(XML.readValue("<CommitmentCode>A2.3</CommitmentCode>", CommitmentCode.class))
        .isEqualTo(CommitmentCode.of("A2.3"));
    assertThat(XML.writeValueAsString(CityId.of("ua-kyiv"))).endsWith("<CityId>ua-kyiv</CityId>");
    assertThat(XML.readValue("<CityId>ua-kyiv</CityId>", CityId.class))
        .isEqualTo(CityId.of("ua-kyiv"));
  }

  @Test
  void anInvalidCodeIsRefusedByTheTypesOwnCheck() {
    assertThatThrownBy(() -> XML.readValue("<CountryCode>XX</CountryCode>", CountryCode.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("CountryCode")
        .hasMessageContaining("\"XX\"").hasRootCauseInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> XML.readValue("<CityId>Kyiv City</CityId>", CityId.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("CityId")
        .hasRootCauseInstanceOf(InvalidModelException.class);
  }

  @Test
  void inADocumentAnInvalidCodeNamesItsPlace() {
    String document = "{\"lcnDocument\":\"network\",\"formatVersion\":\"1.0\","
        + "\"network\":{\"id\":\"ua-net\",\"name\":{\"en\":\"Net\"},"
        + "\"scope\":\"NATIONAL\",\"country\":\"XX\"}}";
    assertThatThrownBy(() -> LcnJson.standard().read(document, NetworkDocument.class))
        .isInstanceOf(DocumentReadException.class).hasMessageContaining("country")
        .hasMessageContaining("CountryCode");
  }

  @Test
  void inJsonACodeIsAStringAndNothingElse() {
    assertThat(JSON.writeValueAsString(CountryCode.of("NG"))).isEqualTo("\"NG\"");
    assertThat(JSON.readValue("\"NG\"", CountryCode.class)).isEqualTo(CountryCode.of("NG"));
    assertThatThrownBy(() -> JSON.readValue("{\"value\": \"NG\"}", CountryCode.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("CountryCode");
    assertThatThrownBy(() -> JSON.readValue("12", CountryCode.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("CountryCode");
  }
}
