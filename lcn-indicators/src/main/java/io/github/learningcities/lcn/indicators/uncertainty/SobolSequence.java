package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    List<Primitive> primitives = DirectionNumbers.PRIMITIVES;
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

  /** One line of the direction-number file: the primitive polynomial and initial numbers. */
  private record Primitive(int degree, int coefficients, int[] initial) {}

  /** The shipped direction numbers, read once on first use. */
  private static final class DirectionNumbers {
    static final List<Primitive> PRIMITIVES = read();

    private DirectionNumbers() {}

    private static List<Primitive> read() {
      List<Primitive> out = new ArrayList<>(MAX_DIMENSIONS - 1);
      try (InputStream in = SobolSequence.class.getResourceAsStream(DIRECTION_NUMBERS)) {
        if (in == null) {
          throw new IllegalStateException("resource " + DIRECTION_NUMBERS
              + " is missing beside " + SobolSequence.class.getName());
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        String line = reader.readLine(); // header: d s a m_i
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          String[] t = line.trim().split("\\s+");
          int d = Integer.parseInt(t[0]);
          int s = Integer.parseInt(t[1]);
          if (d != out.size() + 2 || t.length != 3 + s) {
            throw new IllegalStateException(DIRECTION_NUMBERS + " line " + lineNumber
                + ": expected dimension " + (out.size() + 2) + " with " + s
                + " initial direction numbers, found '" + line.trim() + "'");
          }
          int[] m = new int[s];
          for (int i = 0; i < s; i++) {
            m[i] = Integer.parseInt(t[3 + i]);
          }
          out.add(new Primitive(s, Integer.parseInt(t[2]), m));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + DIRECTION_NUMBERS, e);
      }
      if (out.size() != MAX_DIMENSIONS - 1) {
        throw new IllegalStateException(DIRECTION_NUMBERS + " holds " + (out.size() + 1)
            + " dimensions; expected " + MAX_DIMENSIONS);
      }
      return List.copyOf(out);
    }
  }
}
