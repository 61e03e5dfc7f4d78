package io.github.learningcities.lcn.indicators.framework;

import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One node of a framework: an indicator (a leaf) or an aggregate.
 *
 * <p>The weight is relative within the node's parent: doubling every weight of one parent's
 * children changes nothing. An aggregate may carry its own aggregation method and its own
 * data-availability threshold; when absent, the pipeline's {@link Aggregation} applies.
 *
 * <p>A node may also feed aggregates besides its primary parent: each additional parent has its
 * own weight, relative within that parent, so that the framework becomes a directed acyclic
 * graph (an indicator split between two pillars, for example). Weight sets and manual weights
 * of a pipeline replace the weight under the primary parent; the weights under additional
 * parents are those given here. A node without additional parents is exactly a tree node.
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
 * @param additionalParents further parents' codes with the weight of this node under each, in
 *     a stable order; empty for a tree node. None may be the node itself or its primary parent,
 *     and the root (without primary parent) has none
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
    Optional<Aggregation> aggregation,
    Map<String, Double> additionalParents) {

  /** Validates the node's own fields. */
  public Node {
    Objects.requireNonNull(code, "code");
    if (!isValidCode(code)) {
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
    additionalParents = checkAdditionalParents(code, parent, additionalParents);
  }

  /**
   * Creates a node of a tree (without additional parents).
   *
   * @param code unique code
   * @param name human-readable name (defaults to the code)
   * @param parent the parent's code, empty for the root
   * @param weight non-negative finite weight relative to the siblings
   * @param direction whether higher values are better
   * @param unit unit of measurement (may be empty)
   * @param target optional target value
   * @param denominator optional name of the unit denominator
   * @param aggregation optional aggregation for this aggregate's children
   * @since 0.1.0
   */
  public Node(String code, String name, Optional<String> parent, double weight,
      Direction direction, String unit, OptionalDouble target, Optional<String> denominator,
      Optional<Aggregation> aggregation) {
    this(code, name, parent, weight, direction, unit, target, denominator, aggregation,
        Map.of());
  }

  /**
   * Tells whether a text is a valid node code: a letter or {@code '_'} followed by letters,
   * digits, {@code '_'}, {@code '.'} or {@code '-'}, where letters and digits are those of
   * Unicode's categories L and N (so {@code "Ülke_2.a-b"} is valid, {@code "2x"}, {@code "a b"}
   * and {@code ""} are not). Readers of tables check their codes with this before building
   * nodes, so that their messages and the constructor's agree.
   *
   * @param code the text
   * @return whether a node may have that code
   * @since 0.1.0
   */
  public static boolean isValidCode(String code) {
    // a scan of code points rather than a regular expression: it runs for every node of every
    // table read, and in a short process the regex machinery costs more than the check
    int n = code.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; ) {
      char ch = code.charAt(i);
      if (ch < 0x80) {
        // ASCII, most codes' characters: the rule below without the Unicode tables, which a
        // short run would otherwise walk interpreted for every character of every code
        boolean valid = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_'
            || i > 0 && (ch >= '0' && ch <= '9' || ch == '.' || ch == '-');
        if (!valid) {
          return false;
        }
        i++;
        continue;
      }
      int c = code.codePointAt(i);
      boolean valid = c == '_' || Character.isLetter(c)
          || i > 0 && (c == '.' || c == '-' || isNumber(c));
      if (!valid) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Unicode category N (Nd, Nl, No), as a regular expression's {@code \p{N}}. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static Map<String, Double> checkAdditionalParents(String code,
      Optional<String> parent, Map<String, Double> additional) {
    Objects.requireNonNull(additional, "additionalParents");
    if (additional.isEmpty()) {
      return Map.of();
    }
    if (parent.isEmpty()) {
      throw new InvalidFrameworkException(code, "has additional parents " + additional.keySet()
          + " but no primary parent; expected the root to have no parent at all");
    }
    Map<String, Double> copy = new LinkedHashMap<>();
    additional.forEach((p, w) -> {
      if (p == null || p.equals(code) || p.equals(parent.get())) {
        throw new InvalidFrameworkException(code, "additional parent '" + p + "' is invalid; "
            + "expected the code of another node than itself and its primary parent '"
            + parent.get() + "'");
      }
      if (w == null || !Double.isFinite(w) || w < 0) {
        throw new InvalidFrameworkException(code, "weight " + w + " under additional parent '"
            + p + "' is invalid; expected a finite number >= 0");
      }
      copy.put(p, w);
    });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns this node's weight under one of its parents: the additional parent's own weight, or
   * else the given weight of the primary edge (the node's weight, or the one a weight set or
   * the pipeline chose).
   *
   * @param parentCode the code of a parent of this node
   * @param primaryWeight the weight under the primary parent
   * @return the weight of the edge from this node to that parent
   * @since 0.1.0
   */
  public double weightUnder(String parentCode, double primaryWeight) {
    Double extra = additionalParents.get(parentCode);
    return extra != null ? extra : primaryWeight;
  }

  /**
   * Returns a copy that also feeds another aggregate, with its own weight there.
   *
   * @param parentCode the additional parent's code
   * @param edgeWeight the weight of this node under that parent
   * @return the copy
   * @throws InvalidFrameworkException if the parent or the weight is invalid
   * @since 0.1.0
   */
  public Node withAdditionalParent(String parentCode, double edgeWeight) {
    Map<String, Double> more = new LinkedHashMap<>(additionalParents);
    more.put(parentCode, edgeWeight);
    return withAdditionalParents(more);
  }

  /**
   * Returns a copy with these additional parents (replacing any it had).
   *
   * @param newAdditionalParents parent codes with this node's weight under each
   * @return the copy
   * @throws InvalidFrameworkException if a parent or a weight is invalid
   * @since 0.1.0
   */
  public Node withAdditionalParents(Map<String, Double> newAdditionalParents) {
    return new Node(code, name, parent, weight, direction, unit, target, denominator,
        aggregation, newAdditionalParents);
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
        aggregation, additionalParents);
  }

  /**
   * Returns a copy with another direction.
   *
   * @param newDirection the direction
   * @return the copy
   */
  public Node withDirection(Direction newDirection) {
    return new Node(code, name, parent, weight, newDirection, unit, target, denominator,
        aggregation, additionalParents);
  }

  /**
   * Returns a copy with a name.
   *
   * @param newName the name
   * @return the copy
   */
  public Node withName(String newName) {
    return new Node(code, newName, parent, weight, direction, unit, target, denominator,
        aggregation, additionalParents);
  }

  /**
   * Returns a copy with a target.
   *
   * @param newTarget the target
   * @return the copy
   */
  public Node withTarget(double newTarget) {
    return new Node(code, name, parent, weight, direction, unit, OptionalDouble.of(newTarget),
        denominator, aggregation, additionalParents);
  }

  /**
   * Returns a copy with its own aggregation for its children.
   *
   * @param newAggregation the aggregation
   * @return the copy
   */
  public Node withAggregation(Aggregation newAggregation) {
    return new Node(code, name, parent, weight, direction, unit, target, denominator,
        Optional.of(newAggregation), additionalParents);
  }
}
