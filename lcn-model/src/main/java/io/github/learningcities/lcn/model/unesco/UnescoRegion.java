package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One of the five UNESCO regions (Africa; Arab States; Asia and the Pacific; Europe and North
 * America; Latin America and the Caribbean) with the member states the catalog assigns to it.
 *
 * <p>The member-state list may be partial: {@link #memberStatesConfidence()} says how sure the
 * assignment is, independently of the region's name ({@link #confidence()}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"code", "name", "confidence", "memberStates", "memberStatesConfidence"})
public abstract class UnescoRegion {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Returns the stable code of the region, e.g. {@code "europe-north-america"}.
   *
   * @return the code
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * Returns the name of the region.
   *
   * @return the name
   */
  @JsonProperty("name")
  public abstract LocalizedText name();

  /**
   * Returns how sure the SDK is of the region's name.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Returns the member states assigned to the region, in catalog order (possibly a partial
   * list).
   *
   * @return the member states
   */
  @JsonProperty("memberStates")
  public abstract List<CountryCode> memberStates();

  /**
   * Returns how sure the SDK is of the member-state assignment: the weakest confidence of the
   * assigned states.
   *
   * @return the confidence of the assignment
   */
  @JsonProperty("memberStatesConfidence")
  public abstract Confidence memberStatesConfidence();

  /**
   * Returns whether the region lists the country as a member state.
   *
   * @param country the country
   * @return {@code true} if listed
   */
  public boolean contains(CountryCode country) {
    return memberStates().contains(country);
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the code is not a lowercase slug or a state is repeated
   */
  @Value.Check
  protected void check() {
    String object = "UnescoRegion[" + code() + "]";
    if (!CODE.matcher(code()).matches()) {
      throw new InvalidModelException(object, "code", code(),
          "a lowercase slug such as \"europe-north-america\"");
    }
    Set<CountryCode> seen = new HashSet<>();
    for (CountryCode c : memberStates()) {
      if (!seen.add(c)) {
        throw new InvalidModelException(object, "memberStates", c, "each member state once");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableUnescoRegion.Builder builder() {
    return ImmutableUnescoRegion.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static UnescoRegion fromJackson(ImmutableUnescoRegion value) {
    return value;
  }
}
