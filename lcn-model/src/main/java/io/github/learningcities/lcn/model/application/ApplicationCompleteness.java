package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of {@link GnlcApplication#completeness()}: every missing or invalid field, in form
 * order.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"issues"})
public abstract class ApplicationCompleteness {

  /**
   * Returns the issues, in form order.
   *
   * @return the issues, empty if the application is complete
   */
  @Value.Parameter
  @JsonProperty("issues")
  public abstract List<ApplicationIssue> issues();

  /**
   * Returns whether the application has no issue.
   *
   * @return {@code true} if complete
   */
  @JsonIgnore
  public boolean isComplete() {
    return issues().isEmpty();
  }

  /**
   * Returns whether Part 1 has no issue, so that it can be sent to the National Commission.
   *
   * @return {@code true} if Part 1 is complete
   */
  @JsonIgnore
  public boolean isPart1Complete() {
    return issues().stream().noneMatch(i -> i.path().startsWith("part1"));
  }

  /**
   * Returns the paths of the issues.
   *
   * @return the paths, in form order
   */
  public List<String> paths() {
    return issues().stream().map(ApplicationIssue::path)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a completeness result.
   *
   * @param issues the issues
   * @return the result
   */
  public static ApplicationCompleteness of(List<ApplicationIssue> issues) {
    return ImmutableApplicationCompleteness.of(issues);
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ApplicationCompleteness fromJackson(ImmutableApplicationCompleteness value) {
    return value;
  }
}
