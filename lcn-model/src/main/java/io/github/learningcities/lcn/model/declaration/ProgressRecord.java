package io.github.learningcities.lcn.model.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of evidence of progress on a {@link Commitment}: what was reported on a date, by
 * which city if it concerns one city, with an optional link to the evidence.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"date", "status", "city", "description", "link"})
public abstract class ProgressRecord {

  /**
   * Returns the date of the record.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * Returns the status reported.
   *
   * @return the status
   */
  @JsonProperty("status")
  public abstract ProgressStatus status();

  /**
   * Returns the city the record concerns, if it concerns one city.
   *
   * @return the city
   */
  @JsonProperty("city")
  public abstract Optional<CityId> city();

  /**
   * Returns what was done.
   *
   * @return the description
   */
  @JsonProperty("description")
  public abstract LocalizedText description();

  /**
   * Returns a link to the evidence.
   *
   * @return an http or https URI
   */
  @JsonProperty("link")
  public abstract Optional<URI> link();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the link is not http(s)
   */
  @Value.Check
  protected void check() {
    Checks.webLink(() -> "ProgressRecord[" + date() + "]", "link", link());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableProgressRecord.Builder builder() {
    return ImmutableProgressRecord.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ProgressRecord fromJackson(ImmutableProgressRecord value) {
    return value;
  }
}
