package io.github.learningcities.lcn.model.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import java.time.Year;
import org.immutables.value.Value;

/**
 * The years a commitment targets, both inclusive, such as the state programme for 2018-2021
 * proposed by the Melitopol Declaration.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"start", "end"})
public abstract class TargetPeriod {

  /**
   * Returns the first year.
   *
   * @return the start year
   */
  @Value.Parameter
  @JsonProperty("start")
  public abstract Year start();

  /**
   * Returns the last year.
   *
   * @return the end year, not before the start year
   */
  @Value.Parameter
  @JsonProperty("end")
  public abstract Year end();

  /**
   * Returns whether a year lies in the period.
   *
   * @param year the year
   * @return {@code true} if start &lt;= year &lt;= end
   */
  public boolean contains(Year year) {
    return !year.isBefore(start()) && !year.isAfter(end());
  }

  /**
   * Checks that the end is not before the start.
   *
   * @throws InvalidModelException if it is
   */
  @Value.Check
  protected void check() {
    if (end().isBefore(start())) {
      throw new InvalidModelException("TargetPeriod[" + start() + "-" + end() + "]", "end", end(),
          "a year on or after the start year " + start());
    }
  }

  /**
   * Returns the period of the given years.
   *
   * @param start the first year
   * @param end the last year
   * @return the period
   * @throws InvalidModelException if the end is before the start
   */
  public static TargetPeriod of(int start, int end) {
    return ImmutableTargetPeriod.of(Year.of(start), Year.of(end));
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static TargetPeriod fromJackson(ImmutableTargetPeriod value) {
    return value;
  }
}
