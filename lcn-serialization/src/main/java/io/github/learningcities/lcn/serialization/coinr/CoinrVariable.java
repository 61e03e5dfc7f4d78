package io.github.learningcities.lcn.serialization.coinr;

import java.util.Objects;

/**
 * An iMeta row that is not a framework node: a group variable, a denominator or another column
 * of iData.
 *
 * @param code the iCode, which is also the column name in iData
 * @param name the iName (defaults to the code)
 * @param type {@link CoinrType#GROUP}, {@link CoinrType#DENOMINATOR} or {@link CoinrType#OTHER}
 * @param unit the Unit field (may be empty)
 * @since 0.1.0
 */
public record CoinrVariable(String code, String name, CoinrType type, String unit) {

  /** Validates. */
  public CoinrVariable {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("variable code is blank; expected a column name");
    }
    name = name == null || name.isBlank() ? code : name;
    Objects.requireNonNull(type, "type");
    if (type == CoinrType.INDICATOR || type == CoinrType.AGGREGATE) {
      throw new IllegalArgumentException("variable '" + code + "' has type " + type.label()
          + "; expected Group, Denominator or Other (indicators and aggregates are framework "
          + "nodes)");
    }
    unit = unit == null ? "" : unit;
  }
}
