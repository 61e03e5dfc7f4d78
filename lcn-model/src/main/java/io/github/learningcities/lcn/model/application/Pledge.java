package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pledge of Part 1: "The City of ... hereby applies to join the UNESCO Global Network of
 * Learning Cities" and pledges to adopt the Beijing Declaration on Building Learning Cities and
 * the Key Features of Learning Cities, with the date, the mayor's signature and the official
 * stamp.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"adoptsGuidingDocuments", "signed", "signedOn", "officialStamp"})
public abstract class Pledge {

  /**
   * Returns whether the city pledges to adopt the Beijing Declaration and the Key Features.
   *
   * @return {@code true} if pledged
   */
  @Value.Default
  @JsonProperty("adoptsGuidingDocuments")
  public boolean adoptsGuidingDocuments() {
    return false;
  }

  /**
   * Returns whether the mayor signed the pledge.
   *
   * @return {@code true} if signed
   */
  @Value.Default
  @JsonProperty("signed")
  public boolean signed() {
    return false;
  }

  /**
   * Returns the date of the signature.
   *
   * @return the date
   */
  @JsonProperty("signedOn")
  public abstract Optional<LocalDate> signedOn();

  /**
   * Returns whether the official stamp of the city is affixed.
   *
   * @return {@code true} if stamped
   */
  @Value.Default
  @JsonProperty("officialStamp")
  public boolean officialStamp() {
    return false;
  }

  /**
   * Returns a pledge signed and stamped on the given date.
   *
   * @param date the date of the signature
   * @return the pledge
   */
  public static Pledge signedOn(LocalDate date) {
    return builder().adoptsGuidingDocuments(true).signed(true).signedOn(date)
        .officialStamp(true).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutablePledge.Builder builder() {
    return ImmutablePledge.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Pledge fromJackson(ImmutablePledge value) {
    return value;
  }
}
