package io.github.learningcities.lcn.indicators.engine;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Score and rank changes per unit between two results on one node.
 *
 * @param node the node compared
 * @param changes one entry per unit present in both results, in the first results' order
 * @since 0.1.0
 */
public record Comparison(String node, List<UnitChange> changes) {

  /** Copies the list. */
  public Comparison {
    changes = List.copyOf(changes);
  }

  static Comparison between(Results before, Results after, String node) {
    List<UnitChange> out = new ArrayList<>();
    for (var unit : before.units()) {
      String code = unit.code();
      if (!after.hasUnit(code)) {
        continue;
      }
      out.add(new UnitChange(code, before.score(code, node), after.score(code, node),
          before.rank(code, node), after.rank(code, node)));
    }
    return new Comparison(node, out);
  }

  /**
   * Returns the mean absolute rank change over the units ranked in both results (COINr's
   * {@code MeanAbsDiff} of ranks).
   *
   * @return the mean, or 0 when no unit is ranked in both
   */
  public double meanAbsoluteRankChange() {
    double s = 0;
    int n = 0;
    for (UnitChange c : changes) {
      OptionalInt d = c.rankChange();
      if (d.isPresent()) {
        s += Math.abs(d.getAsInt());
        n++;
      }
    }
    return n == 0 ? 0 : s / n;
  }

  /**
   * One unit's change.
   *
   * @param unit the unit's code
   * @param scoreBefore score in the first results
   * @param scoreAfter score in the second results
   * @param rankBefore rank in the first results
   * @param rankAfter rank in the second results
   * @since 0.1.0
   */
  public record UnitChange(String unit, OptionalDouble scoreBefore, OptionalDouble scoreAfter,
      OptionalInt rankBefore, OptionalInt rankAfter) {

    /**
     * Returns after minus before of the rank (negative = moved up).
     *
     * @return the change, or empty if either rank is missing
     */
    public OptionalInt rankChange() {
      return rankBefore.isPresent() && rankAfter.isPresent()
          ? OptionalInt.of(rankAfter.getAsInt() - rankBefore.getAsInt()) : OptionalInt.empty();
    }

    /**
     * Returns after minus before of the score.
     *
     * @return the change, or empty if either score is missing
     * @throws IndicatorsException if the change lies beyond the largest double (scores near it
     *     of opposite signs)
     */
    public OptionalDouble scoreChange() {
      if (scoreBefore.isEmpty() || scoreAfter.isEmpty()) {
        return OptionalDouble.empty();
      }
      double change = scoreAfter.getAsDouble() - scoreBefore.getAsDouble();
      if (Double.isInfinite(change)) {
        throw new IndicatorsException("the score change of unit '" + unit + "' from "
            + scoreBefore.getAsDouble() + " to " + scoreAfter.getAsDouble() + " is beyond the"
            + " largest double; expected scores whose difference is at most "
            + Double.MAX_VALUE + " (normalise first)");
      }
      return OptionalDouble.of(change);
    }
  }
}
