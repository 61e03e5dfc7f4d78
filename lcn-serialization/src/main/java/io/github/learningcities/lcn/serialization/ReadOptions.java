package io.github.learningcities.lcn.serialization;

/**
 * Options and limits of the JSON and XML readers. The defaults refuse unknown properties and
 * bound what a hostile document can make a reader do:
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>nesting depth of objects and arrays (XML: elements)</td><td>1,000</td></tr>
 *   <tr><td>characters of one number</td><td>1,000</td></tr>
 *   <tr><td>characters of one string</td><td>20,000,000 (20 MB of ASCII)</td></tr>
 *   <tr><td>bytes or characters of one document</td><td>200,000,000</td></tr>
 * </table>
 *
 * <p>A document that breaks a limit is refused with a {@link DocumentReadException} as soon as
 * the limit is passed. In XML the string limit is the StAX parser's text-size limit, which it
 * checks as its text buffer grows: a text can pass the limit by up to one buffer segment
 * (about 200,000 characters with Woodstox) before it is refused, so memory stays bounded but
 * the limit is not exact.
 * Instances are immutable; each {@code with...} method returns a copy.
 *
 * @since 0.1.0
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS =
      new ReadOptions(false, 1_000, 1_000, 20_000_000, 200_000_000L);

  private final boolean allowUnknownProperties;
  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final int maxStringLength;
  private final long maxDocumentLength;

  private ReadOptions(boolean allowUnknownProperties, int maxNestingDepth, int maxNumberLength,
      int maxStringLength, long maxDocumentLength) {
    this.allowUnknownProperties = allowUnknownProperties;
    this.maxNestingDepth = positive("maxNestingDepth", maxNestingDepth);
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    if (maxDocumentLength <= 0) {
      throw new IllegalArgumentException("maxDocumentLength " + maxDocumentLength
          + " is invalid; expected a positive number");
    }
    this.maxDocumentLength = maxDocumentLength;
  }

  private static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " " + value
          + " is invalid; expected a positive number");
    }
    return value;
  }

  /**
   * Returns the defaults: unknown properties refused, limits as in the table above.
   *
   * @return the default options
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that ignores (or refuses) properties the format version does not define.
   *
   * @param allow true to ignore unknown properties, false to refuse them
   * @return the copy
   */
  public ReadOptions withAllowUnknownProperties(boolean allow) {
    return new ReadOptions(allow, maxNestingDepth, maxNumberLength, maxStringLength,
        maxDocumentLength);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param depth the greatest nesting depth, positive
   * @return the copy
   */
  public ReadOptions withMaxNestingDepth(int depth) {
    return new ReadOptions(allowUnknownProperties, depth, maxNumberLength, maxStringLength,
        maxDocumentLength);
  }

  /**
   * Returns a copy with another number-length limit.
   *
   * @param length the greatest number of characters of one number, positive
   * @return the copy
   */
  public ReadOptions withMaxNumberLength(int length) {
    return new ReadOptions(allowUnknownProperties, maxNestingDepth, length, maxStringLength,
        maxDocumentLength);
  }

  /**
   * Returns a copy with another string-length limit.
   *
   * @param length the greatest number of characters of one string, positive
   * @return the copy
   */
  public ReadOptions withMaxStringLength(int length) {
    return new ReadOptions(allowUnknownProperties, maxNestingDepth, maxNumberLength, length,
        maxDocumentLength);
  }

  /**
   * Returns a copy with another document-length limit.
   *
   * @param length the greatest number of bytes or characters of one document, positive
   * @return the copy
   */
  public ReadOptions withMaxDocumentLength(long length) {
    return new ReadOptions(allowUnknownProperties, maxNestingDepth, maxNumberLength,
        maxStringLength, length);
  }

  /**
   * Returns whether unknown properties are ignored.
   *
   * @return true if ignored, false if refused
   */
  public boolean allowUnknownProperties() {
    return allowUnknownProperties;
  }

  /**
   * Returns the nesting limit.
   *
   * @return the greatest nesting depth
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the number-length limit.
   *
   * @return the greatest number of characters of one number
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the string-length limit.
   *
   * @return the greatest number of characters of one string
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the document-length limit.
   *
   * @return the greatest number of bytes or characters of one document
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadOptions r && r.allowUnknownProperties == allowUnknownProperties
        && r.maxNestingDepth == maxNestingDepth && r.maxNumberLength == maxNumberLength
        && r.maxStringLength == maxStringLength && r.maxDocumentLength == maxDocumentLength;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(allowUnknownProperties, maxNestingDepth, maxNumberLength,
        maxStringLength, maxDocumentLength);
  }

  @Override
  public String toString() {
    return "ReadOptions[allowUnknownProperties=" + allowUnknownProperties + ", maxNestingDepth="
        + maxNestingDepth + ", maxNumberLength=" + maxNumberLength + ", maxStringLength="
        + maxStringLength + ", maxDocumentLength=" + maxDocumentLength + "]";
  }
}
