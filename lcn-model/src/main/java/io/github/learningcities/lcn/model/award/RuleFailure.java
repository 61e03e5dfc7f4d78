package io.github.learningcities.lcn.model.award;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import org.immutables.value.Value;

/**
 * An eligibility rule a candidate fails, with the reason in words.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"rule", "reason"})
public abstract class RuleFailure {

  /**
   * Returns the rule that is failed.
   *
   * @return the rule
   */
  @Value.Parameter
  @JsonProperty("rule")
  public abstract EligibilityRule rule();

  /**
   * Returns why the rule is failed, with the figures that decided it.
   *
   * @return the reason
   */
  @Value.Parameter
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the reason is blank
   */
  @Value.Check
  protected void check() {
    if (reason().isBlank()) {
      throw new InvalidModelException("RuleFailure[" + rule() + "]", "reason", reason(),
          "a non-blank reason");
    }
  }

  /**
   * Returns a failure.
   *
   * @param rule the rule
   * @param reason why it is failed
   * @return the failure
   */
  public static RuleFailure of(EligibilityRule rule, String reason) {
    return ImmutableRuleFailure.of(rule, reason);
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RuleFailure fromJackson(ImmutableRuleFailure value) {
    return value;
  }
}
