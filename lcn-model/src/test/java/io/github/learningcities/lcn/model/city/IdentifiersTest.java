package io.github.learningcities.lcn.model.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.event.EventId;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  static Stream<Arguments> slugFactories() {
    return Stream.of(
        Arguments.of("CityId", (Function<String, Object>) CityId::of),
        Arguments.of("OrganizationId", (Function<String, Object>) OrganizationId::of),
        Arguments.of("PersonId", (Function<String, Object>) PersonId::of),
        Arguments.of("NetworkId", (Function<String, Object>) NetworkId::of),
        Arguments.of("DeclarationId", (Function<String, Object>) DeclarationId::of),
        Arguments.of("EventId", (Function<String, Object>) EventId::of));
  }

  @ParameterizedTest
  @MethodSource("slugFactories")
  void acceptsSlugsAndPrintsThemUnchanged(String type, Function<String, Object> of) {
    assertThat(of.apply("ua-melitopol")).hasToString("ua-melitopol");
    assertThat(of.apply("a")).hasToString("a");
    assertThat(of.apply("x".repeat(64))).hasToString("x".repeat(64));
    assertThat(of.apply("melitopol-2017")).isEqualTo(of.apply("melitopol-2017"));
  }

  @ParameterizedTest
  @MethodSource("slugFactories")
  void rejectsWhatIsNotASlug(String type, Function<String, Object> of) {
    List<String> bad = new ArrayList<>(List.of("", "UA-Melitopol", "ua_melitopol", "-ua", "ua-",
        "ua--melitopol", "ua melitopol", "мелітополь"));
    bad.add("x".repeat(65));
    for (String value : bad) {
      assertThatThrownBy(() -> of.apply(value))
          .as(value)
          .isInstanceOf(InvalidModelException.class)
          .hasMessageStartingWith(type + ".value: \"" + value + "\" is invalid; expected a"
              + " lowercase slug matching [a-z0-9]+(-[a-z0-9]+)* of at most 64 characters");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"C1", "C12", "A2.3", "KF1.2.3", "ABCD999"})
  void acceptsCommitmentCodes(String code) {
    assertThat(CommitmentCode.of(code)).hasToString(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "c1", "C", "1", "C1.", "C-1", "ABCDE1", "C1234", "C1.2.3.4.5.6.7.8.9"})
  void rejectsMalformedCommitmentCodes(String code) {
    assertThatThrownBy(() -> CommitmentCode.of(code))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("CommitmentCode.value: \"" + code + "\" is invalid");
  }

  @Test
  void ordersCommitmentCodesNumerically() {
    List<CommitmentCode> codes = new ArrayList<>(List.of(CommitmentCode.of("C10"),
        CommitmentCode.of("C2"), CommitmentCode.of("B1"), CommitmentCode.of("C2.1")));
    codes.sort(null);
    assertThat(codes).extracting(CommitmentCode::value)
        .containsExactly("B1", "C2", "C2.1", "C10");
  }
}
