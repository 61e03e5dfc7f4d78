package io.github.learningcities.lcn.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.OrganizationKind;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

  private final ModelValidator validator = ModelValidator.create();

  private final City sumy = City.builder().id(CityId.of("ua-sumy"))
      .names(LocalizedText.of("uk", "Суми")).country(CountryCode.UKRAINE).build();

  @Test
  void reportsAnInvalidContactEmailOnAnAccessorWithoutGetPrefix() {
    City invalid = City.builder().id(CityId.of("ua-sumy"))
        .names(LocalizedText.of("uk", "Суми")).country(CountryCode.UKRAINE)
        .contactEmail("learning city at sumy").build();

    List<Violation> violations = validator.validate(invalid);

    assertThat(violations).hasSize(1);
    Violation v = violations.get(0);
    assertThat(v.path()).startsWith("contactEmail");
    assertThat(v.constraint()).isEqualTo("Email");
    assertThat(v.message()).isEqualTo("must be a well-formed email address");
    assertThat(v.invalidValue()).contains("learning city at sumy");
    assertThat(validator.isValid(invalid)).isFalse();
  }

  @Test
  void findsNoViolationOnValidObjects() {
    assertThat(validator.validate(sumy)).isEmpty();
    City withEmail = City.builder().id(CityId.of("ua-sumy"))
        .names(LocalizedText.of("uk", "Суми")).country(CountryCode.UKRAINE)
        .contactEmail("learning@sumy.example").build();
    assertThat(validator.validate(withEmail)).isEmpty();
    Organization ualc = Organization.builder().id(OrganizationId.of("ualc"))
        .name(LocalizedText.of("en", "Ukrainian Association of Learning Cities"))
        .kind(OrganizationKind.NGO).country(CountryCode.UKRAINE)
        .contactEmail("info@ualc.example").build();
    assertThat(validator.isValid(ualc)).isTrue();
  }

  @Test
  void seesConstraintsOnOrganizationsToo() {
    Organization ualc = Organization.builder().id(OrganizationId.of("ualc"))
        .name(LocalizedText.of("en", "UALC")).kind(OrganizationKind.NGO)
        .country(CountryCode.UKRAINE).contactEmail("ualc.org.ua").build();
    assertThat(validator.validate(ualc)).extracting(Violation::constraint)
        .containsExactly("Email");
  }
}
