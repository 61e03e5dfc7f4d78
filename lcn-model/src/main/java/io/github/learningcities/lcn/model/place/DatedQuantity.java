package io.github.learningcities.lcn.model.place;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Checks;
import java.time.Year;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A non-negative quantity with its unit and the year it refers to, such as a city's population
 * ({@code 155900 inhabitants in 2016}) or area ({@code 50 km2 in 2020}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"value", "unit", "year"})
public abstract class DatedQuantity {

  /** The unit of a population count. */
  public static final String INHABITANTS = "inhabitants";

  /** The unit of an area in square kilometres. */
  public static final String SQUARE_KILOMETRES = "km2";

  /**
   * Returns the value.
   *
   * @return the value, finite and non-negative
   */
  @Value.Parameter
  @JsonProperty("value")
  public abstract double value();

  /**
   * Returns the unit, e.g. {@value #INHABITANTS} or {@value #SQUARE_KILOMETRES}.
   *
   * @return the non-blank unit
   */
  @Value.Parameter
  @JsonProperty("unit")
  public abstract String unit();

  /**
   * Returns the year the value refers to.
   *
   * @return the reference year
   */
  @Value.Parameter
  @JsonProperty("year")
  public abstract Year year();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the value is negative or not finite, or the unit is blank
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "DatedQuantity[" + unit() + " " + year() + "]";
    if (!Double.isFinite(value()) || value() < 0) {
      throw new InvalidModelException(object.get(), "value", value(),
          "a finite number greater than or equal to 0");
    }
    Checks.nonBlank(object, "unit", unit());
  }

  /**
   * Returns a quantity.
   *
   * @param value the non-negative value
   * @param unit the unit
   * @param year the reference year
   * @return the quantity
   * @throws InvalidModelException if the value is negative or the unit blank
   */
  public static DatedQuantity of(double value, String unit, Year year) {
    return ImmutableDatedQuantity.of(value, unit, year);
  }

  /**
   * Returns a population count.
   *
   * @param inhabitants the number of inhabitants
   * @param year the reference year
   * @return the quantity in {@value #INHABITANTS}
   * @throws InvalidModelException if the count is negative
   */
  public static DatedQuantity population(long inhabitants, int year) {
    return of(inhabitants, INHABITANTS, Year.of(year));
  }

  /**
   * Returns an area in square kilometres.
   *
   * @param squareKilometres the area
   * @param year the reference year
   * @return the quantity in {@value #SQUARE_KILOMETRES}
   * @throws InvalidModelException if the area is negative
   */
  public static DatedQuantity areaInSquareKilometres(double squareKilometres, int year) {
    return of(squareKilometres, SQUARE_KILOMETRES, Year.of(year));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableDatedQuantity.Builder builder() {
    return ImmutableDatedQuantity.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static DatedQuantity fromJackson(ImmutableDatedQuantity value) {
    return value;
  }
}
