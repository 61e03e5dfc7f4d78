package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.catalog.Confidence;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One record (data line) of a catalog resource: its kind, its line and its fields by column.
 * Every accessor that finds a field missing or malformed throws a
 * {@link CatalogFormatException} naming the resource, this line, the column and the rule.
 *
 * @since 0.1.0
 */
public final class CatalogRecord {
  private final String resourceName;
  private final int line;
  private final String kind;
  private final List<String> columns;
  private final List<String> values;
  private final int columnsLine;

  CatalogRecord(String resourceName, int line, String kind, List<String> columns,
      List<String> values, int columnsLine) {
    this.resourceName = resourceName;
    this.line = line;
    this.kind = kind;
    this.columns = List.copyOf(columns);
    this.values = List.copyOf(values);
    this.columnsLine = columnsLine;
  }

  /**
   * Returns the kind of the record (its first field).
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the 1-based line number of the record.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns whether the record's kind declares a column.
   *
   * @param column the column name
   * @return {@code true} if declared
   */
  public boolean hasColumn(String column) {
    return columns.contains(column);
  }

  /**
   * Returns a field that may be empty.
   *
   * @param column the column name
   * @return the value, or empty if the field is empty
   * @throws CatalogFormatException if the kind does not declare the column
   */
  public Optional<String> optional(String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new CatalogFormatException(resourceName, columnsLine,
          "columns of kind \"" + kind + "\" lack \"" + column + "\"; declared: " + columns);
    }
    String v = values.get(index);
    return v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  /**
   * Returns a field that must not be empty.
   *
   * @param column the column name
   * @return the value
   * @throws CatalogFormatException if the field is empty
   */
  public String required(String column) {
    // A conditional rather than orElseThrow's lambda, whose first link costs a short run (which
    // reads the built-in catalogs first) a fraction of a millisecond.
    Optional<String> value = optional(column);
    if (value.isEmpty()) {
      throw error("column \"" + column + "\" is empty; expected a value");
    }
    return value.get();
  }

  /**
   * Returns an integer field.
   *
   * @param column the column name
   * @return the value
   * @throws CatalogFormatException if the field is empty or not an integer
   */
  public int integer(String column) {
    return parseInt(column, required(column));
  }

  /**
   * Returns an integer field that may be empty.
   *
   * @param column the column name
   * @return the value, or empty
   * @throws CatalogFormatException if the field is present but not an integer
   */
  public Optional<Integer> optionalInteger(String column) {
    Optional<String> value = optional(column);
    return value.isEmpty() ? Optional.empty() : Optional.of(parseInt(column, value.get()));
  }

  /**
   * Returns a decimal number field.
   *
   * @param column the column name
   * @return the value
   * @throws CatalogFormatException if the field is empty or not a finite decimal number
   */
  public double decimal(String column) {
    String v = required(column);
    try {
      double d = Double.parseDouble(v.strip());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the column and the rule
    }
    throw error("column \"" + column + "\" is \"" + v
        + "\"; expected a decimal number, e.g. 46.85");
  }

  /**
   * Returns an enum field, matched on the constant name ignoring case (hyphens stand for
   * underscores).
   *
   * @param <E> the enum type
   * @param column the column name
   * @param type the enum class
   * @return the constant
   * @throws CatalogFormatException if the field is empty or names no constant
   */
  public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
    String v = required(column);
    String name = v.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw error("column \"" + column + "\" is \"" + v + "\"; expected one of "
        + Arrays.toString(type.getEnumConstants()));
  }

  /**
   * Returns a confidence field ({@code V}, {@code P}, {@code U}, a tag or a level name).
   *
   * @param column the column name
   * @return the confidence
   * @throws CatalogFormatException if the field is empty or names no level
   */
  public Confidence confidence(String column) {
    String v = required(column);
    Optional<Confidence> confidence = Confidence.parse(v);
    if (confidence.isEmpty()) {
      throw error("column \"" + column + "\" is \"" + v
          + "\"; expected V, P, U (or VERIFIED, PROBABLE, UNVERIFIED)");
    }
    return confidence.get();
  }

  /**
   * Returns an ISO date field that may be empty.
   *
   * @param column the column name
   * @return the date, or empty
   * @throws CatalogFormatException if the field is present but not an ISO date
   */
  public Optional<LocalDate> optionalDate(String column) {
    Optional<String> value = optional(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AsciiText.isoDate(value.get()));
    } catch (DateTimeParseException e) {
      throw error("column \"" + column + "\" is \"" + value.get()
          + "\"; expected an ISO date yyyy-mm-dd");
    }
  }

  /**
   * Returns an ISO date field that must not be empty.
   *
   * @param column the column name
   * @return the date
   * @throws CatalogFormatException if the field is empty or not an ISO date
   */
  public LocalDate date(String column) {
    Optional<LocalDate> date = optionalDate(column);
    if (date.isEmpty()) {
      throw error("column \"" + column + "\" is empty; expected an ISO date yyyy-mm-dd");
    }
    return date.get();
  }

  /**
   * Returns a year field.
   *
   * @param column the column name
   * @return the year
   * @throws CatalogFormatException if the field is empty or not a year
   */
  public Year year(String column) {
    return Year.of(integer(column));
  }

  /**
   * Builds a model value from this record's fields, turning a broken model invariant into a
   * format error at this line.
   *
   * @param <T> the type built
   * @param what a short description of the value, e.g. {@code "feature 1.1.a"}
   * @param factory builds the value
   * @return the value
   * @throws CatalogFormatException if the factory throws an {@link InvalidModelException}
   */
  public <T> T create(String what, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidModelException e) {
      throw new CatalogFormatException(resourceName, line,
          what + " is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * Returns an exception for a rule this record breaks.
   *
   * @param rule what is wrong and what would be valid
   * @return the exception, to be thrown by the caller
   */
  public CatalogFormatException error(String rule) {
    return new CatalogFormatException(resourceName, line, rule);
  }

  private int parseInt(String column, String v) {
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw error("column \"" + column + "\" is \"" + v + "\"; expected an integer");
    }
  }
}
