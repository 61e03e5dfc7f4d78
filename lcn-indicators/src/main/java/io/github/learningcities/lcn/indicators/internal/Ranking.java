package io.github.learningcities.lcn.indicators.internal;

/**
 * Ranks from one sort of the present values' positions and a linear sweep over them.
 *
 * <p>The positions are sorted on the doubles' bits mapped to integer order: up to 96 values by
 * a stable binary insertion sort (a radix sort's counters and prefix sums would cost more than
 * the sort, and a short command runs this code interpreted); above, by a stable bucket sort on
 * the values' range followed by an insertion sort within the buckets, or, when the values
 * crowd into a few buckets (ties, heavy tails) or their range is not finite, by a stable
 * least-significant-digit radix sort (8 passes of 8 bits at most; a pass whose digit is the same
 * for every value is skipped): no boxing, no comparator, and work proportional to the number of
 * values.
 *
 * @since 0.1.0
 */
public final class Ranking {
  private static final int RADIX_BITS = 8;
  private static final int BUCKETS = 1 << RADIX_BITS;
  private static final int PASSES = Long.SIZE / RADIX_BITS;
  /** Up to this many values, a binary insertion sort; a bucket or radix sort above. */
  static final int SHORT = 96;

  private Ranking() {}

  /**
   * Orders the positions 0 to n-1 of a short row by value, stably (equal values keep their
   * order of position; {@code Double.compare} order, so {@code -0.0} before {@code 0.0}): an
   * insertion sort of primitive positions for one unit's children, where a general sort's
   * boxing and set-up would cost more than the sort itself.
   *
   * @param v the values, none NaN, in positions 0 to n-1
   * @param n how many
   * @param order receives the positions in order (length at least n)
   * @param descending largest first instead of smallest first
   */
  public static void orderShortRow(double[] v, int n, int[] order, boolean descending) {
    for (int i = 0; i < n; i++) {
      int pos = i;
      int j = i - 1;
      while (j >= 0 && (descending ? Double.compare(v[order[j]], v[pos]) < 0
          : Double.compare(v[order[j]], v[pos]) > 0)) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = pos;
    }
  }

  /**
   * Returns the positions of the present (non-NaN) values in ascending order of value; equal
   * values keep their order of position ({@code -0.0} sorts just before {@code 0.0}).
   *
   * @param x the values, NaN for missing
   * @return the positions of the present values, ascending by value
   */
  public static int[] ascendingOrder(double[] x) {
    int k = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (v == v) {
        k++;
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
      }
    }
    if (k > SHORT) {
      int[] byBuckets = bucketOrder(x, k, lo, hi);
      if (byBuckets != null) {
        return byBuckets;
      }
    }
    long[] keys = new long[k];
    int[] order = new int[k];
    int m = 0;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == v) {
        keys[m] = key(v);
        order[m++] = i;
      }
    }
    if (k <= SHORT) {
      insertionSort(keys, order, k);
      return order;
    }
    // Flipping the sign bit too makes the keys' unsigned order the values' order.
    for (int i = 0; i < k; i++) {
      keys[i] ^= Long.MIN_VALUE;
    }
    int[] counts = new int[PASSES * BUCKETS];
    for (long key : keys) {
      for (int p = 0; p < PASSES; p++) {
        counts[p * BUCKETS + (int) ((key >>> (p * RADIX_BITS)) & (BUCKETS - 1))]++;
      }
    }
    long[] keysTo = new long[k];
    int[] orderTo = new int[k];
    for (int p = 0; p < PASSES; p++) {
      int base = p * BUCKETS;
      int shift = p * RADIX_BITS;
      int first = (int) ((keys[0] >>> shift) & (BUCKETS - 1));
      if (counts[base + first] == k) {
        continue;
      }
      int start = 0;
      for (int b = 0; b < BUCKETS; b++) {
        int c = counts[base + b];
        counts[base + b] = start;
        start += c;
      }
      for (int i = 0; i < k; i++) {
        long key = keys[i];
        int at = counts[base + (int) ((key >>> shift) & (BUCKETS - 1))]++;
        keysTo[at] = key;
        orderTo[at] = order[i];
      }
      long[] kt = keys;
      keys = keysTo;
      keysTo = kt;
      int[] ot = order;
      order = orderTo;
      orderTo = ot;
    }
    return order;
  }

  /** The largest bucket {@link #bucketOrder} sorts by insertion; a larger one falls back. */
  static final int MAX_BUCKET = 24;

  /**
   * A stable bucket sort by value: k buckets of equal width between the smallest and largest
   * value ({@code (v - lo) * k / (hi - lo)}, rounded down: never decreasing in v, so the buckets
   * are in the values' order), the positions placed bucket by bucket in their order of
   * position, then a stable insertion sort on the keys, which moves a position only within its
   * bucket. For spread-out values (index scores) that is three linear passes and about one
   * value per bucket, where the radix sort makes and moves a key per value in eight counting and
   * placing passes. Returns null when the range is not a positive finite number or a bucket
   * would hold more than {@value #MAX_BUCKET} values (many ties, a heavy tail).
   */
  private static int[] bucketOrder(double[] x, int k, double lo, double hi) {
    double range = hi - lo;
    double scale = k / range;
    if (!(range > 0 && range < Double.POSITIVE_INFINITY && scale < Double.POSITIVE_INFINITY)) {
      return null;
    }
    int[] start = new int[k + 1];
    for (double v : x) {
      if (v == v) {
        start[bucket(v, lo, scale, k) + 1]++;
      }
    }
    int largest = 0;
    for (int b = 1; b <= k; b++) {
      largest = Math.max(largest, start[b]);
      start[b] += start[b - 1];
    }
    if (largest > MAX_BUCKET) {
      return null;
    }
    int[] sorted = new int[k];
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == v) {
        sorted[start[bucket(v, lo, scale, k)]++] = i;
      }
    }
    long before = key(x[sorted[0]]);
    for (int i = 1; i < k; i++) {
      int pos = sorted[i];
      long key = key(x[pos]);
      if (before <= key) {
        before = key;
        continue;
      }
      int j = i - 1;
      do {
        sorted[j + 1] = sorted[j];
        j--;
      } while (j >= 0 && key(x[sorted[j]]) > key);
      sorted[j + 1] = pos;
    }
    return sorted;
  }

  /** The bucket of a value: never decreasing in the value, from 0 to {@code k - 1}. */
  private static int bucket(double v, double lo, double scale, int k) {
    return Math.min((int) ((v - lo) * scale), k - 1);
  }

  /**
   * A value's bits as a key whose signed order is the values' order ({@code -0.0} just below
   * {@code 0.0}): a negative value has every bit but the sign flipped.
   */
  private static long key(double v) {
    long b = Double.doubleToRawLongBits(v);
    return b ^ ((b >> 63) >>> 1);
  }

  /**
   * A stable binary insertion sort of signed keys and their positions: an element already in
   * place (the common case of nearly sorted data) costs one comparison; otherwise a binary
   * search finds the end of its equals and one block move makes room.
   */
  private static void insertionSort(long[] keys, int[] order, int k) {
    for (int i = 1; i < k; i++) {
      long key = keys[i];
      if (keys[i - 1] <= key) {
        continue;
      }
      int lo = 0;
      int hi = i - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (keys[mid] > key) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      int pos = order[i];
      System.arraycopy(keys, lo, keys, lo + 1, i - lo);
      System.arraycopy(order, lo, order, lo + 1, i - lo);
      keys[lo] = key;
      order[lo] = pos;
    }
  }

  /**
   * Standard competition ranks, descending: the highest value ranks 1, ties share the best
   * rank, the next rank skips accordingly (1, 2, 2, 4); missing values get 0.
   *
   * @param x the values, NaN for missing
   * @return the ranks, 0 where missing
   */
  public static int[] competitionRanks(double[] x) {
    int[] order = ascendingOrder(x);
    int k = order.length;
    int[] r = new int[x.length];
    int rank = 0;
    for (int i = k - 1; i >= 0; i--) {
      // rank = 1 + the number of present values strictly greater
      if (i == k - 1 || x[order[i]] != x[order[i + 1]]) {
        rank = k - i;
      }
      r[order[i]] = rank;
    }
    return r;
  }

  /**
   * Ascending ranks, ties sharing the lowest rank (R's {@code rank(x, ties.method = "min",
   * na.last = "keep")}); missing stays NaN.
   *
   * @param x the values, NaN for missing
   * @return ranks 1..n as doubles, NaN where missing
   */
  public static double[] ascendingRanks(double[] x) {
    int[] order = ascendingOrder(x);
    double[] r = new double[x.length];
    java.util.Arrays.fill(r, Double.NaN);
    double rank = 0;
    for (int i = 0; i < order.length; i++) {
      if (i == 0 || x[order[i]] != x[order[i - 1]]) {
        rank = i + 1;
      }
      r[order[i]] = rank;
    }
    return r;
  }
}
