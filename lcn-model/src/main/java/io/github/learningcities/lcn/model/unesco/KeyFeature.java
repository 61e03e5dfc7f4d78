package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One of the Key Features of Learning Cities, within an {@link Area}, with its suggested
 * measurements.
 *
 * <p>Its code extends the area's code, e.g. {@code 1.1.a} in area {@code 1.1}; every
 * measurement's code extends the feature's code and names this feature.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"code", "area", "title", "confidence", "note", "measurements"})
public abstract class KeyFeature {

  /**
   * Returns the code, e.g. {@code "1.1.a"}.
   *
   * @return the code
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * Returns the code of the area the feature belongs to, e.g. {@code "1.1"}.
   *
   * @return the area code
   */
  @JsonProperty("area")
  public abstract String area();

  /**
   * Returns the wording of the feature.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns how sure the SDK is of this feature's wording and placement.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Returns a note on the feature, e.g. how it relates to the research items it was built from.
   *
   * @return the note
   */
  @JsonProperty("note")
  public abstract Optional<String> note();

  /**
   * Returns the suggested measurements, in catalog order.
   *
   * @return the measurements, possibly empty
   */
  @JsonProperty("measurements")
  public abstract List<SuggestedMeasurement> measurements();

  /**
   * Returns the suggested measurement with the given code.
   *
   * @param code the measurement code, e.g. {@code "1.1.a.1"}
   * @return the measurement, or empty if this feature has none with that code
   */
  public Optional<SuggestedMeasurement> measurement(String code) {
    return measurements().stream().filter(m -> m.code().equals(code)).findFirst();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the code does not extend the area code, a note is blank,
   *     or a measurement belongs to another feature or repeats a code
   */
  @Value.Check
  protected void check() {
    String object = "KeyFeature[" + code() + "]";
    Codes.requireChild(object, "code", code(), area());
    if (note().isPresent() && note().get().isBlank()) {
      throw new InvalidModelException(object, "note", note().get(), "a non-blank note or none");
    }
    Set<String> seen = new HashSet<>();
    for (SuggestedMeasurement m : measurements()) {
      if (!m.feature().equals(code())) {
        throw new InvalidModelException(object, "measurements[" + m.code() + "].feature",
            m.feature(), "the code of this feature, \"" + code() + "\"");
      }
      if (!seen.add(m.code())) {
        throw new InvalidModelException(object, "measurements", m.code(),
            "measurement codes unique within the feature");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableKeyFeature.Builder builder() {
    return ImmutableKeyFeature.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static KeyFeature fromJackson(ImmutableKeyFeature value) {
    return value;
  }
}
