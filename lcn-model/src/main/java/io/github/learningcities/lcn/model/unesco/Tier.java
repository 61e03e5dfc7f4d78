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
 * A tier of the Key Features of Learning Cities: wider benefits (the pediment of the UNESCO
 * temple), major building blocks (the columns) or fundamental conditions (the steps).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"code", "title", "confidence", "areas"})
public abstract class Tier {

  /**
   * Returns the code, e.g. {@code "1"}.
   *
   * @return the code
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * Returns the title of the tier.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns how sure the SDK is of this tier's wording.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Returns the areas of the tier, in catalog order.
   *
   * @return the areas, possibly empty
   */
  @JsonProperty("areas")
  public abstract List<Area> areas();

  /**
   * Returns the area with the given code.
   *
   * @param code the area code, e.g. {@code "1.2"}
   * @return the area, or empty if the tier has none with that code
   */
  public Optional<Area> area(String code) {
    return areas().stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the code is malformed, or an area belongs to another tier
   *     or repeats a code
   */
  @Value.Check
  protected void check() {
    String object = "Tier[" + code() + "]";
    Codes.require(object, "code", code());
    Set<String> seen = new HashSet<>();
    for (Area a : areas()) {
      if (!a.tier().equals(code())) {
        throw new InvalidModelException(object, "areas[" + a.code() + "].tier", a.tier(),
            "the code of this tier, \"" + code() + "\"");
      }
      if (!seen.add(a.code())) {
        throw new InvalidModelException(object, "areas", a.code(),
            "area codes unique within the tier");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableTier.Builder builder() {
    return ImmutableTier.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Tier fromJackson(ImmutableTier value) {
    return value;
  }
}
