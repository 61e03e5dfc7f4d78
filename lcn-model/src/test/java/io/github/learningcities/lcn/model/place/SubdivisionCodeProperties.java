package io.github.learningcities.lcn.model.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.InvalidModelException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SubdivisionCode} accepts exactly the documented rule: the ISO 3166-2 shape {@code
 * [A-Z]{2}-[A-Z0-9]{1,3}}, a country part that is an ISO 3166-1 code and, for Ukraine, one of
 * the 27 official codes.
 */
class SubdivisionCodeProperties {
  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> UKRAINIAN = SubdivisionCode.ukrainian().stream()
      .map(SubdivisionCode::value).collect(Collectors.toSet());

  @Provide
  Arbitrary<String> nearCodes() {
    Arbitrary<String> country = Arbitraries.of("UA", "DE", "XX", "ua", "U1");
    Arbitrary<String> rest = Arbitraries.strings().withChars("0123BYZa-_ ").ofMinLength(0)
        .ofMaxLength(5);
    Arbitrary<String> separator = Arbitraries.of("-", "-", "-", "_", "");
    return Arbitraries.oneOf(
        net.jqwik.api.Combinators.combine(country, separator, rest).as((c, s, r) -> c + s + r),
        Arbitraries.of(UKRAINIAN.toArray(new String[0])),
        Arbitraries.strings().withChars("UA-0123BYZ").ofMinLength(0).ofMaxLength(8));
  }

  @Property(tries = 3000)
  void acceptsExactlyTheDocumentedCodes(@ForAll("nearCodes") String code) {
    boolean valid = SHAPE.matcher(code).matches() && COUNTRIES.contains(code.substring(0, 2))
        && (!code.startsWith("UA") || UKRAINIAN.contains(code));
    boolean accepted;
    try {
      accepted = SubdivisionCode.of(code).value().equals(code);
    } catch (InvalidModelException e) {
      accepted = false;
    }
    assertThat(accepted).as("SubdivisionCode.of(\"%s\")", code).isEqualTo(valid);
  }
}
