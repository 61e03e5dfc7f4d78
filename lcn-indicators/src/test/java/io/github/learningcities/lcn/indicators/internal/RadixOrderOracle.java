package io.github.learningcities.lcn.indicators.internal;

/**
 * The oracle of {@link AscendingOrderProperties}: {@link Ranking#ascendingOrder} as it was before the
 * short-array path and the cheaper radix passes (commit f41367d), kept verbatim: an 8-pass
 * least-significant-digit radix sort on the doubles' bits in unsigned order, counting every
 * pass's 256 buckets for every key.
 */
final class RadixOrderOracle {
  private static final int RADIX_BITS = 8;
  private static final int BUCKETS = 1 << RADIX_BITS;
  private static final int PASSES = Long.SIZE / RADIX_BITS;

  private RadixOrderOracle() {}

  static int[] ascendingOrder(double[] x) {
    int k = 0;
    for (double v : x) {
      if (v == v) {
        k++;
      }
    }
    long[] keys = new long[k];
    int[] order = new int[k];
    int m = 0;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == v) {
        long b = Double.doubleToRawLongBits(v);
        // Negative values: flip every bit; positive: flip the sign bit. Unsigned order of the
        // keys is then the order of the values.
        keys[m] = b ^ ((b >> 63) | Long.MIN_VALUE);
        order[m++] = i;
      }
    }
    if (k < 2) {
      return order;
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
}
