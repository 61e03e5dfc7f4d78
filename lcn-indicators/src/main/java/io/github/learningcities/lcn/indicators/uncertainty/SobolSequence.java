package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Sobol low-discrepancy sequence in up to {@value #MAX_DIMENSIONS} dimensions, generated
 * with Gray-code order from the direction numbers of S. Joe and F. Y. Kuo, "Constructing Sobol
 * sequences with better two-dimensional projections", SIAM J. Sci. Comput. 30 (2008) 2635-2654
 * (file {@code new-joe-kuo-6.1000}, shipped beside this class with its licence).
 *
 * <p>Points have 52 bits and start with the origin; the first dimension is the van der Corput
 * sequence. This is the sequence that Apache Commons Math 3.6.1's {@code
 * SobolSequenceGenerator} produced from the same file, so seeded analyses give the same
 * points as before it was replaced.
 */
final class SobolSequence {
  /** The number of dimensions the shipped direction numbers cover. */
  static final int MAX_DIMENSIONS = 1000;
  /** Bits of each coordinate. */
  static final int BITS = 52;

  private static final String DIRECTION_NUMBERS = "new-joe-kuo-6.1000";

  private final int dimensions;
  /** direction[d][i]: the i-th direction number (1..BITS) of dimension d, scaled to BITS. */
  private final long[][] direction;
  private final long[] x;
  private long count;

  /**
   * A sequence in the given number of dimensions.
   *
   * @param dimensions 1 to {@value #MAX_DIMENSIONS}
   * @throws IndicatorsException when {@code dimensions} is outside that range
   */
  SobolSequence(int dimensions) {
    if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
      throw new IndicatorsException("a Sobol sequence in " + dimensions
          + " dimensions; expected 1 to " + MAX_DIMENSIONS + " (the direction numbers of Joe"
          + " and Kuo shipped with the SDK)");
    }
    this.dimensions = dimensions;
    this.direction = new long[dimensions][BITS + 1];
    this.x = new long[dimensions];
    for (int i = 1; i <= BITS; i++) {
      direction[0][i] = 1L << (BITS - i);
    }
    List<Primitive> primitives = DirectionNumbers.first(dimensions - 1);
    for (int d = 1; d < dimensions; d++) {
      Primitive p = primitives.get(d - 1);
      initDirections(direction[d], p.degree(), p.coefficients(), p.initial());
    }
  }

  /**
   * The direction numbers of one dimension from its primitive polynomial of degree s (inner
   * coefficients a) and initial numbers m_1..m_s: Bratley and Fox's recurrence.
   */
  private static void initDirections(long[] v, int s, int a, int[] m) {
    for (int i = 1; i <= s; i++) {
      v[i] = ((long) m[i - 1]) << (BITS - i);
    }
    for (int i = s + 1; i <= BITS; i++) {
      v[i] = v[i - s] ^ (v[i - s] >> s);
      for (int k = 1; k <= s - 1; k++) {
        v[i] ^= ((a >> (s - 1 - k)) & 1) * v[i - k];
      }
    }
  }

  /**
   * Returns the next point as integers in [0, 2^{@value #BITS}).
   *
   * @return a new array of {@code dimensions} coordinates
   */
  long[] nextBits() {
    long[] out = new long[dimensions];
    if (count == 0) {
      count++;
      return out;
    }
    // Gray-code order: flip the direction number of the rightmost zero bit of count - 1.
    int c = Long.numberOfTrailingZeros(~(count - 1)) + 1;
    if (c > BITS) {
      throw new IndicatorsException("a Sobol sequence has at most 2^" + BITS + " points");
    }
    for (int d = 0; d < dimensions; d++) {
      x[d] ^= direction[d][c];
      out[d] = x[d];
    }
    count++;
    return out;
  }

  /**
   * One line of the direction-number file: the primitive polynomial and initial numbers.
   *
   * @param degree the polynomial's degree s
   * @param coefficients its inner coefficients a, as bits
   * @param initial the initial direction numbers m_1..m_s
   */
  record Primitive(int degree, int coefficients, int[] initial) {}

  /**
   * Reads direction numbers in Joe and Kuo's layout: a header line, then per line from
   * dimension 2 on the dimension d, the degree s, the coefficients a and s initial numbers,
   * separated by blanks. A scan over the text rather than a regular expression per line: the
   * shipped file has 999 lines and is read on every run that samples.
   *
   * @param name the file's name, for messages
   * @param text the file's text
   * @return the primitives of dimensions 2, 3, ... in order
   * @throws IllegalStateException when a line does not follow the layout
   */
  static List<Primitive> parse(String name, String text) {
    return parse(name, text, Integer.MAX_VALUE);
  }

  /**
   * Reads the first direction numbers of a file, as {@link #parse(String, String)} reads them,
   * stopping after {@code limit} lines: a sequence needs one line per dimension after the first.
   *
   * @param name the file's name, for messages
   * @param text the file's text
   * @param limit the most primitives to read
   * @return the primitives of dimensions 2, 3, ... in order, at most {@code limit}
   * @throws IllegalStateException when a line read does not follow the layout
   */
  static List<Primitive> parse(String name, String text, int limit) {
    List<Primitive> out = new ArrayList<>(Math.min(limit, MAX_DIMENSIONS - 1));
    int[] bounds = new int[16];
    int n = text.length();
    int pos = text.indexOf('\n') + 1; // after the header: d s a m_i
    int lineNumber = 1;
    while (pos > 0 && pos < n && out.size() < limit) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = n;
      }
      lineNumber++;
      int tokens = 0;
      int i = pos;
      while (i < end) {
        while (i < end && text.charAt(i) <= ' ') {
          i++;
        }
        if (i == end) {
          break;
        }
        int from = i;
        while (i < end && text.charAt(i) > ' ') {
          i++;
        }
        if (2 * tokens + 1 >= bounds.length) {
          bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        }
        bounds[2 * tokens] = from;
        bounds[2 * tokens + 1] = i;
        tokens++;
      }
      if (tokens < 3) {
        throw new IllegalStateException(name + " line " + lineNumber + ": expected dimension "
            + (out.size() + 2) + ", the degree, the coefficients and the initial direction"
            + " numbers, found '" + text.substring(pos, end).trim() + "'");
      }
      int d = number(text, bounds, 0);
      int s = number(text, bounds, 1);
      if (d != out.size() + 2 || tokens != 3 + s) {
        throw new IllegalStateException(name + " line " + lineNumber
            + ": expected dimension " + (out.size() + 2) + " with " + s
            + " initial direction numbers, found '" + text.substring(pos, end).trim() + "'");
      }
      int[] m = new int[s];
      for (int k = 0; k < s; k++) {
        m[k] = number(text, bounds, 3 + k);
      }
      out.add(new Primitive(s, number(text, bounds, 2), m));
      pos = end + 1;
    }
    return out;
  }

  private static int number(String text, int[] bounds, int token) {
    return Integer.parseInt(text, bounds[2 * token], bounds[2 * token + 1], 10);
  }

  /**
   * The shipped direction numbers: the file is read once on first use, and its lines are parsed
   * as far as the widest sequence so far needs (the analyses of a run sample a few dimensions;
   * the file has {@value #MAX_DIMENSIONS}). The whole file's layout is checked by the tests.
   */
  private static final class DirectionNumbers {
    private static final String TEXT = read();
    private static List<Primitive> parsed = List.of();

    private DirectionNumbers() {}

    /** The primitives of dimensions 2 to {@code count + 1}. */
    static synchronized List<Primitive> first(int count) {
      if (parsed.size() < count) {
        List<Primitive> more = parse(DIRECTION_NUMBERS, TEXT, count);
        if (more.size() < count) {
          throw new IllegalStateException(DIRECTION_NUMBERS + " holds " + (more.size() + 1)
              + " dimensions; expected " + MAX_DIMENSIONS);
        }
        parsed = List.copyOf(more);
      }
      return parsed;
    }

    /**
     * The resource, from this class's own module (on the class path: the class path) first:
     * {@link Class#getResourceAsStream} asks the parent class loaders before, which cost a
     * short run milliseconds.
     */
    private static InputStream open() throws IOException {
      InputStream in = SobolSequence.class.getModule().getResourceAsStream(
          SobolSequence.class.getPackageName().replace('.', '/') + "/" + DIRECTION_NUMBERS);
      return in != null ? in : SobolSequence.class.getResourceAsStream(DIRECTION_NUMBERS);
    }

    private static String read() {
      try (InputStream in = open()) {
        if (in == null) {
          throw new IllegalStateException("resource " + DIRECTION_NUMBERS
              + " is missing beside " + SobolSequence.class.getName());
        }
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + DIRECTION_NUMBERS, e);
      }
    }
  }
}
