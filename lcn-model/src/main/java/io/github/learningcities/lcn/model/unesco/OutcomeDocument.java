package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A document adopted at an International Conference on Learning Cities, e.g. the Beijing
 * Declaration on Building Learning Cities (2013) with its 12 actions.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"key", "title", "year", "commitments", "commitmentUnit", "confidence"})
public abstract class OutcomeDocument {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Returns a short stable key, e.g. {@code "beijing-declaration"}.
   *
   * @return the key
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the title of the document.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns the year of adoption.
   *
   * @return the year
   */
  @JsonProperty("year")
  public abstract Year year();

  /**
   * Returns the number of numbered commitments (actions, action points, strands) the document
   * makes, where known.
   *
   * @return the number of commitments
   */
  @JsonProperty("commitments")
  public abstract OptionalInt commitments();

  /**
   * Returns what the commitments are called in the document, e.g. {@code "action points"}.
   *
   * @return the unit of the commitments, present exactly when their number is
   */
  @JsonProperty("commitmentUnit")
  public abstract Optional<String> commitmentUnit();

  /**
   * Returns how sure the SDK is of this record.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the key is not a slug, the number of commitments is not
   *     positive, or the number and its unit are not given together
   */
  @Value.Check
  protected void check() {
    String object = "OutcomeDocument[" + key() + "]";
    if (!KEY.matcher(key()).matches()) {
      throw new InvalidModelException(object, "key", key(),
          "a lowercase slug such as \"beijing-declaration\"");
    }
    if (commitments().isPresent() && commitments().getAsInt() < 1) {
      throw new InvalidModelException(object, "commitments", commitments().getAsInt(),
          "a positive number or none");
    }
    if (commitments().isPresent() != commitmentUnit().isPresent()) {
      throw new InvalidModelException(object, "commitmentUnit",
          commitmentUnit().orElse(null), "present exactly when the number of commitments is");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableOutcomeDocument.Builder builder() {
    return ImmutableOutcomeDocument.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static OutcomeDocument fromJackson(ImmutableOutcomeDocument value) {
    return value;
  }
}
