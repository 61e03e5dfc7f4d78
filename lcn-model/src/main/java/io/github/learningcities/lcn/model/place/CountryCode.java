package io.github.learningcities.lcn.model.place;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRootName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ISO 3166-1 alpha-2 country code in upper case, such as {@code "UA"} (Ukraine),
 * {@code "DE"} (Germany) or {@code "KR"} (Republic of Korea).
 *
 * <p>The code must be one of the codes the running JDK knows
 * ({@link Locale#getISOCountries()}). In JSON it is a plain string, in XML the text of an
 * element ({@code <CountryCode>NG</CountryCode>} at the root of a text), and {@link
 * #toString()} returns the code.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonRootName("CountryCode")
public abstract class CountryCode implements Comparable<CountryCode> {

  /** Ukraine, {@code UA}. */
  public static final CountryCode UKRAINE = of("UA");

  /**
   * Returns the two-letter code.
   *
   * @return the code, e.g. {@code "UA"}
   */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  /**
   * Checks that the code is an ISO 3166-1 alpha-2 code.
   *
   * @throws InvalidModelException if it is not
   */
  @Value.Check
  protected void check() {
    if (!IsoCountries.CODES.contains(value())) {
      throw new InvalidModelException("CountryCode", "value", value(),
          "an ISO 3166-1 alpha-2 code in upper case, e.g. \"UA\"");
    }
  }

  /**
   * Returns the country's name in the given language, as the JDK knows it.
   *
   * @param language the language of the name
   * @return the name, e.g. "Ukraine" for {@link Locale#ENGLISH}
   */
  public String displayName(Locale language) {
    return new Locale("", value()).getDisplayCountry(language);
  }

  /**
   * Returns the country code with the given value.
   *
   * @param value the ISO 3166-1 alpha-2 code in upper case, e.g. {@code "UA"}
   * @return the country code
   * @throws InvalidModelException if the value is not such a code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CountryCode of(String value) {
    return ImmutableCountryCode.of(value);
  }

  /**
   * Returns whether a text is a valid country code.
   *
   * @param value the text to test
   * @return {@code true} if {@link #of(String)} would accept it
   */
  public static boolean isValid(String value) {
    return value != null && IsoCountries.CODES.contains(value);
  }

  @Override
  public int compareTo(CountryCode other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the code itself.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return value();
  }

  private static final class IsoCountries {
    static final Set<String> CODES = Set.of(Locale.getISOCountries());
  }
}
