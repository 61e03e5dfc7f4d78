package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One of the six areas of action of the UNESCO Guidelines for Building Learning Cities (2015),
 * e.g. area 5 "Establish a monitoring and evaluation process", with its sub-points.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"number", "key", "title", "confidence", "points"})
public abstract class ActionArea {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Returns the 1-based number of the area in the Guidelines.
   *
   * @return the number
   */
  @JsonProperty("number")
  public abstract int number();

  /**
   * Returns a short stable key, e.g. {@code "monitoring-evaluation"}.
   *
   * @return the key
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the title of the area.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns how sure the SDK is of the area's title.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Returns the sub-points, numbered from 1 in order.
   *
   * @return the points, possibly empty
   */
  @JsonProperty("points")
  public abstract List<ActionPoint> points();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the number is not positive, the key is not a lowercase
   *     slug, or the points are not numbered 1, 2, 3 ...
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "ActionArea[" + number() + "]";
    Checks.atLeastOne(object, "number", number(), "number");
    if (!KEY.matcher(key()).matches()) {
      throw new InvalidModelException(object.get(), "key", key(),
          "a lowercase slug such as \"monitoring-evaluation\"");
    }
    for (int i = 0; i < points().size(); i++) {
      if (points().get(i).number() != i + 1) {
        throw new InvalidModelException(object.get(), "points[" + i + "].number",
            points().get(i).number(), "the points numbered 1, 2, 3 ... in order, here " + (i + 1));
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableActionArea.Builder builder() {
    return ImmutableActionArea.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ActionArea fromJackson(ImmutableActionArea value) {
    return value;
  }
}
