package io.github.learningcities.lcn.serialization.coinr;

import java.util.Optional;

/**
 * The {@code Type} of a row of COINr's iMeta table.
 *
 * @since 0.1.0
 */
public enum CoinrType {
  /** An indicator: a leaf of the framework with a column of numbers in iData. */
  INDICATOR("Indicator"),
  /** An aggregate: an inner node of the framework (pillar, sub-index, index). */
  AGGREGATE("Aggregate"),
  /** A group variable: a column of group labels in iData, e.g. {@code EurAsia_group}. */
  GROUP("Group"),
  /** A denominator: a column of numbers in iData that indicators may be divided by. */
  DENOMINATOR("Denominator"),
  /** Any other column of iData, carried along but not used by the engine. */
  OTHER("Other");

  private final String label;

  CoinrType(String label) {
    this.label = label;
  }

  /**
   * Returns the label as written in the {@code Type} column.
   *
   * @return the label, e.g. {@code Indicator}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the type with a label (exact, as COINr spells it).
   *
   * @param label the text of a {@code Type} field
   * @return the type, or empty if the label is not one of COINr's
   */
  public static Optional<CoinrType> ofLabel(String label) {
    for (CoinrType t : values()) {
      if (t.label.equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
