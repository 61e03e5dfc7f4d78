package io.github.learningcities.lcn.indicators.framework;

import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One node of a framework: an indicator (a leaf) or an aggregate.
 *
 * <p>The weight is relative within the node's parent: doubling every weight of one parent's
 * children changes nothing. An aggregate may carry its own aggregation method and its own
 * data-availability threshold; when absent, the pipeline's {@link Aggregation} applies.
 *
 * @param code unique code, letters, digits, '_', '.', '-' (no spaces), e.g. {@code "LPI"}
 * @param name human-readable name (defaults to the code)
 * @param parent the parent's code, empty for the root
 * @param weight non-negative finite weight relative to the siblings
 * @param direction whether higher values are better
 * @param unit unit of measurement (may be empty)
 * @param target optional target value (used by distance-to-target normalisation)
 * @param denominator optional name of the unit denominator that divides this indicator
 * @param aggregation optional aggregation for this aggregate's children
 * @since 0.1.0
 */
public record Node(
    String code,
    String name,
    Optional<String> parent,
    double weight,
    Direction direction,
    String unit,
    OptionalDouble target,
    Optional<String> denominator,
    Optional<Aggregation> aggregation) {

  private static final Pattern CODE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");

  /** Validates the node's own fields. */
  public Node {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidFrameworkException(code, "code is invalid; expected a letter or '_' "
          + "followed by letters, digits, '_', '.' or '-' (no spaces)");
    }
    name = name == null || name.isBlank() ? code : name;
    parent = Objects.requireNonNull(parent, "parent");
    if (!Double.isFinite(weight) || weight < 0) {
      throw new InvalidFrameworkException(code, "weight " + weight
          + " is invalid; expected a finite number >= 0");
    }
    Objects.requireNonNull(direction, "direction");
    unit = unit == null ? "" : unit;
    target = Objects.requireNonNull(target, "target");
    if (target.isPresent() && !Double.isFinite(target.getAsDouble())) {
      throw new InvalidFrameworkException(code, "target " + target.getAsDouble()
          + " is invalid; expected a finite number");
    }
    denominator = Objects.requireNonNull(denominator, "denominator");
    aggregation = Objects.requireNonNull(aggregation, "aggregation");
  }

  /**
   * Creates an indicator or aggregate with weight 1, positive direction and nothing optional.
   *
   * @param code the code
   * @param parent the parent's code, or {@code null} for the root
   * @return the node
   */
  public static Node of(String code, String parent) {
    return new Node(code, code, Optional.ofNullable(parent), 1.0, Direction.POSITIVE, "",
        OptionalDouble.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with another weight.
   *
   * @param newWeight the weight
   * @return the copy
   */
  public Node withWeight(double newWeight) {
    return new Node(code, name, parent, newWeight, direction, unit, target, denominator,
        aggregation);
  }

  /**
   * Returns a copy with another direction.
   *
   * @param newDirection the direction
   * @return the copy
   */
  public Node withDirection(Direction newDirection) {
    return new Node(code, name, parent, weight, newDirection, unit, target, denominator,
        aggregation);
  }

  /**
   * Returns a copy with a name.
   *
   * @param newName the name
   * @return the copy
   */
  public Node withName(String newName) {
    return new Node(code, newName, parent, weight, direction, unit, target, denominator,
        aggregation);
  }

  /**
   * Returns a copy with a target.
   *
   * @param newTarget the target
   * @return the copy
   */
  public Node withTarget(double newTarget) {
    return new Node(code, name, parent, weight, direction, unit, OptionalDouble.of(newTarget),
        denominator, aggregation);
  }

  /**
   * Returns a copy with its own aggregation for its children.
   *
   * @param newAggregation the aggregation
   * @return the copy
   */
  public Node withAggregation(Aggregation newAggregation) {
    return new Node(code, name, parent, weight, direction, unit, target, denominator,
        Optional.of(newAggregation));
  }
}
