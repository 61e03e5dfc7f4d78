package io.github.learningcities.lcn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.event.EventId;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.PersonId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves that every slug identifier binds as a plain JSON string under Jackson 3 and 2. */
class SlugIdentifierJsonTest {

  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of(CityId.class, (Function<String, Object>) CityId::of),
        Arguments.of(OrganizationId.class, (Function<String, Object>) OrganizationId::of),
        Arguments.of(PersonId.class, (Function<String, Object>) PersonId::of),
        Arguments.of(NetworkId.class, (Function<String, Object>) NetworkId::of),
        Arguments.of(DeclarationId.class, (Function<String, Object>) DeclarationId::of),
        Arguments.of(EventId.class, (Function<String, Object>) EventId::of));
  }

  @ParameterizedTest
  @MethodSource("identifiers")
  void roundTripsThroughJackson3(Class<?> type, Function<String, Object> of) {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    Object id = of.apply("ua-melitopol");

    String json = mapper.writeValueAsString(id);

    assertThat(json).isEqualTo("\"ua-melitopol\"");
    assertThat(mapper.readValue(json, type)).isEqualTo(id).isInstanceOf(type);
    assertThatThrownBy(() -> mapper.readValue("\"UA-Melitopol\"", type))
        .hasStackTraceContaining(type.getSimpleName() + ".value: \"UA-Melitopol\" is invalid");
  }

  @ParameterizedTest
  @MethodSource("identifiers")
  void roundTripsThroughJackson2(Class<?> type, Function<String, Object> of) throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    Object id = of.apply("ua-melitopol");

    String json = mapper.writeValueAsString(id);

    assertThat(json).isEqualTo("\"ua-melitopol\"");
    assertThat(mapper.readValue(json, type)).isEqualTo(id).isInstanceOf(type);
    assertThatThrownBy(() -> mapper.readValue("\"UA-Melitopol\"", type))
        .hasStackTraceContaining(type.getSimpleName() + ".value: \"UA-Melitopol\" is invalid");
  }

  @Test
  void identifiersOfDifferentTypesWithOneValueDiffer() {
    assertThat(CityId.of("melitopol")).isNotEqualTo(EventId.of("melitopol"));
    assertThat(List.of(CityId.of("b"), CityId.of("a"), CityId.of("a-b")).stream().sorted())
        .containsExactly(CityId.of("a"), CityId.of("a-b"), CityId.of("b"));
  }
}
