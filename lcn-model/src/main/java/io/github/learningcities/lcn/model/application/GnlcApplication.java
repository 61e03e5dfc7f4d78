package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.city.CityId;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An application of a city for membership in the UNESCO Global Network of Learning Cities.
 *
 * <p>A {@link ApplicationStatus#DRAFT} may be incomplete or hold invalid values;
 * {@link #completeness()} returns every missing or invalid field with its path, e.g.
 * {@code part1.narratives.vision: 230 words, at most 200 allowed}, rather than stopping at the
 * first. A {@link ApplicationStatus#SUBMITTED} application must have a complete Part 1, an
 * {@link ApplicationStatus#ENDORSED} one a complete Part 1 and Part 2.
 *
 * <pre>{@code
 * GnlcApplication draft = GnlcApplication.builder()
 *     .part1(ApplicationPart1.builder().cityName("Melitopol").country(CountryCode.UKRAINE)
 *         .build())
 *     .build();
 * draft.completeness().issues().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"city", "status", "part1", "part2"})
public abstract class GnlcApplication {

  /**
   * Returns the SDK identifier of the applying city, if known.
   *
   * @return the city
   */
  @JsonProperty("city")
  public abstract Optional<CityId> city();

  /**
   * Returns the status of the application.
   *
   * @return the status, {@link ApplicationStatus#DRAFT} by default
   */
  @Value.Default
  @JsonProperty("status")
  public ApplicationStatus status() {
    return ApplicationStatus.DRAFT;
  }

  /**
   * Returns Part 1, filled in by the city.
   *
   * @return Part 1
   */
  @Value.Default
  @Valid
  @JsonProperty("part1")
  public ApplicationPart1 part1() {
    return ApplicationPart1.builder().build();
  }

  /**
   * Returns Part 2, the endorsement by the National Commission for UNESCO, once it exists.
   *
   * @return Part 2
   */
  @JsonProperty("part2")
  public abstract Optional<@Valid NationalCommissionEndorsement> part2();

  /**
   * Returns every missing or invalid field of the application, Part 1 and Part 2.
   *
   * @return the completeness check
   */
  public ApplicationCompleteness completeness() {
    return ApplicationCompleteness.of(CompletenessRules.check(this));
  }

  /**
   * Checks that a submitted application has a complete Part 1 and an endorsed one is complete.
   *
   * @throws InvalidModelException naming every issue if the status claims more than the
   *     content holds
   */
  @Value.Check
  protected void check() {
    if (status() == ApplicationStatus.DRAFT) {
      return;
    }
    List<ApplicationIssue> issues = completeness().issues();
    if (status() == ApplicationStatus.SUBMITTED) {
      issues = issues.stream().filter(i -> i.path().startsWith("part1"))
          .collect(Collectors.toList());
    }
    if (!issues.isEmpty()) {
      String object = "GnlcApplication[" + city().map(CityId::value)
          .orElse(part1().cityName().orElse("?")) + "]";
      throw new InvalidModelException(object, "status", status(),
          "DRAFT while these issues remain: " + issues.stream().map(ApplicationIssue::toString)
              .collect(Collectors.joining("; ")));
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableGnlcApplication.Builder builder() {
    return ImmutableGnlcApplication.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static GnlcApplication fromJackson(ImmutableGnlcApplication value) {
    return value;
  }
}
