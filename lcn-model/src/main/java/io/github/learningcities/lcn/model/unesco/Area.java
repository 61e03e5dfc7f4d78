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
 * An area of focus of the Key Features of Learning Cities, within a {@link Tier}, e.g.
 * {@code 2.1} "Inclusive learning in the education system".
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"code", "tier", "title", "confidence", "features"})
public abstract class Area {

  /**
   * Returns the code, e.g. {@code "2.1"}.
   *
   * @return the code
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * Returns the code of the tier the area belongs to, e.g. {@code "2"}.
   *
   * @return the tier code
   */
  @JsonProperty("tier")
  public abstract String tier();

  /**
   * Returns the title of the area.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns how sure the SDK is of this area's wording and placement.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Returns the key features of the area, in catalog order.
   *
   * @return the features, possibly empty
   */
  @JsonProperty("features")
  public abstract List<KeyFeature> features();

  /**
   * Returns the feature with the given code.
   *
   * @param code the feature code, e.g. {@code "2.1.a"}
   * @return the feature, or empty if the area has none with that code
   */
  public Optional<KeyFeature> feature(String code) {
    return features().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the code does not extend the tier code, or a feature
   *     belongs to another area or repeats a code
   */
  @Value.Check
  protected void check() {
    String object = "Area[" + code() + "]";
    Codes.requireChild(object, "code", code(), tier());
    Set<String> seen = new HashSet<>();
    for (KeyFeature f : features()) {
      if (!f.area().equals(code())) {
        throw new InvalidModelException(object, "features[" + f.code() + "].area", f.area(),
            "the code of this area, \"" + code() + "\"");
      }
      if (!seen.add(f.code())) {
        throw new InvalidModelException(object, "features", f.code(),
            "feature codes unique within the area");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableArea.Builder builder() {
    return ImmutableArea.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Area fromJackson(ImmutableArea value) {
    return value;
  }
}
