package io.github.learningcities.lcn.model.place;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRootName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.internal.AsciiText;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ISO 3166-2 country subdivision code such as {@code "UA-23"} (Zaporizhzhia oblast).
 *
 * <p>The code is a valid {@link CountryCode}, a hyphen and one to three upper-case letters or
 * digits. For Ukraine the code must moreover be one of the 27 official codes of ISO 3166-2:UA
 * (24 oblasts, the Autonomous Republic of Crimea and the cities of Kyiv and Sevastopol), which
 * the SDK ships as a resource with its provenance ({@link #ukrainianListProvenance()}); codes of
 * other countries are checked for their format only.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonRootName("SubdivisionCode")
public abstract class SubdivisionCode implements Comparable<SubdivisionCode> {


  /**
   * Returns the code.
   *
   * @return the code, e.g. {@code "UA-23"}
   */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  /**
   * Checks the format, the country part and, for Ukraine, the official list.
   *
   * @throws InvalidModelException if the code is not a valid ISO 3166-2 code
   */
  @Value.Check
  protected void check() {
    String v = value();
    if (!isWellFormed(v)) {
      throw new InvalidModelException("SubdivisionCode", "value", v,
          "an ISO 3166-2 code: a country code, a hyphen and 1 to 3 upper-case letters or digits,"
              + " e.g. \"UA-23\"");
    }
    String country = v.substring(0, 2);
    if (!CountryCode.isValid(country)) {
      throw new InvalidModelException("SubdivisionCode", "value", v,
          "a code whose country part is an ISO 3166-1 alpha-2 code, e.g. \"UA-23\"");
    }
    if (country.equals(CountryCode.UKRAINE.value())
        && !UkrainianSubdivisions.INSTANCE.contains(v)) {
      throw new InvalidModelException("SubdivisionCode", "value", v,
          "one of the 27 ISO 3166-2:UA codes " + UkrainianSubdivisions.INSTANCE.codes());
    }
  }

  /**
   * Returns whether a code has the ISO 3166-2 shape {@code [A-Z]{2}-[A-Z0-9]{1,3}}, scanned by
   * hand because every subdivision of every document read is checked.
   */
  private static boolean isWellFormed(String v) {
    int n = v.length();
    if (n < 4 || n > 6 || !AsciiText.isUpper(v.charAt(0)) || !AsciiText.isUpper(v.charAt(1))
        || v.charAt(2) != '-') {
      return false;
    }
    for (int i = 3; i < n; i++) {
      char c = v.charAt(i);
      if (!AsciiText.isUpper(c) && !AsciiText.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the country this subdivision belongs to.
   *
   * @return the country, e.g. {@code UA} for {@code UA-23}
   */
  public CountryCode country() {
    return CountryCode.of(value().substring(0, 2));
  }

  /**
   * Returns the subdivision's name in Ukrainian and English, known for Ukrainian subdivisions.
   *
   * @return the name, e.g. "Запорізька область" / "Zaporizka oblast", or empty for other
   *     countries
   */
  public Optional<LocalizedText> name() {
    return UkrainianSubdivisions.INSTANCE.name(value());
  }

  /**
   * Returns the subdivision code with the given value.
   *
   * @param value the ISO 3166-2 code, e.g. {@code "UA-23"}
   * @return the subdivision code
   * @throws InvalidModelException if the value is not a valid code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SubdivisionCode of(String value) {
    return ImmutableSubdivisionCode.of(value);
  }

  /**
   * Returns the 27 official ISO 3166-2 codes of Ukraine.
   *
   * @return the codes, in ascending order
   */
  public static Set<SubdivisionCode> ukrainian() {
    return UkrainianSubdivisions.INSTANCE.all();
  }

  /**
   * Returns where the list of Ukrainian codes comes from.
   *
   * @return the provenance of the shipped ISO 3166-2:UA list
   */
  public static Provenance ukrainianListProvenance() {
    return UkrainianSubdivisions.INSTANCE.provenance();
  }

  @Override
  public int compareTo(SubdivisionCode other) {
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
}
