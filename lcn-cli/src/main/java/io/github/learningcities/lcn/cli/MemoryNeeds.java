package io.github.learningcities.lcn.cli;

import java.util.Locale;

/**
 * An estimate of the memory a command's work needs, from the sizes of its input, so that a run
 * that cannot fit is refused before it starts and one that runs out says how much it needed.
 * The estimates are deliberately generous approximations of the engine's arrays (a score and
 * a rank per unit and run, every step's unit x node values per worker), not measurements.
 *
 * @param what the work, e.g. "an uncertainty analysis of 51 units x 60 nodes over 1,200 runs"
 * @param bytes the estimated bytes
 */
record MemoryNeeds(String what, long bytes) {

  /** Bytes per unit and node of one run of the engine (about eight steps of doubles). */
  private static final long RUN_BYTES_PER_CELL = 64;
  /** Bytes per unit and node of a long-layout table row held as text. */
  private static final long TABLE_BYTES_PER_ROW = 400;

  /** Scoring units on nodes, and writing a table of one row per unit and node. */
  static MemoryNeeds scoring(int units, int nodes) {
    long cells = (long) units * nodes;
    return new MemoryNeeds("scoring " + grouped(units) + " units x " + grouped(nodes)
        + " nodes", cells * (RUN_BYTES_PER_CELL + TABLE_BYTES_PER_ROW));
  }

  /**
   * An uncertainty analysis: the nominal run, a run per worker at a time, and for every run a
   * score and a rank per unit plus its pipeline.
   */
  static MemoryNeeds uncertainty(int units, int nodes, long runs, int workers) {
    long cells = (long) units * nodes;
    long perRun = 12L * units + 64L * nodes + 1024;
    long bytes = satAdd(satMul(runs, perRun), satMul(workers + 1L, cells * RUN_BYTES_PER_CELL));
    return new MemoryNeeds("an uncertainty analysis of " + grouped(units) + " units x "
        + grouped(nodes) + " nodes over " + grouped(runs) + " runs on " + grouped(workers)
        + " threads", bytes);
  }

  /**
   * A whole number with its thousands grouped by commas, as {@code String.format(Locale.ROOT,
   * "%,d", n)} writes it, without the formatter: every run of {@code score} describes its work
   * here, and the formatter's first use loads the locale data (a few milliseconds of a short
   * run) for a text shown only when memory runs out.
   */
  static String grouped(long n) {
    String digits = Long.toString(n);
    int start = n < 0 ? 1 : 0;
    int len = digits.length() - start;
    if (len <= 3) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(digits.length() + len / 3);
    sb.append(digits, 0, start);
    int first = len % 3 == 0 ? 3 : len % 3;
    sb.append(digits, start, start + first);
    for (int i = start + first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /** The memory this Java may use at most. */
  static long available() {
    return Runtime.getRuntime().maxMemory();
  }

  /**
   * Refuses work that cannot fit in this Java's memory.
   *
   * @param option the option to lower, for the message
   * @throws BadInputException naming the estimate and the memory available
   */
  void requireAvailable(String option) {
    long max = available();
    if (bytes > max) {
      throw new BadInputException(String.format(Locale.ROOT, "%s needs about %s of memory "
          + "(an estimate), more than this Java may use (%s); expected a smaller %s, or more "
          + "memory for Java (e.g. java -Xmx%s -jar lcn.jar ...)", what, size(bytes),
          size(max), option, suggestedHeap(bytes)));
    }
  }

  String outOfMemoryMessage() {
    return String.format(Locale.ROOT, "ran out of memory during %s: it needs about %s (an "
        + "estimate) and this Java may use %s; expected smaller inputs or options, or more "
        + "memory for Java (e.g. java -Xmx%s -jar lcn.jar ...)", what, size(bytes),
        size(available()), suggestedHeap(bytes));
  }

  static String outOfMemoryMessageWithoutEstimate() {
    return String.format(Locale.ROOT, "ran out of memory (this Java may use %s); expected "
        + "smaller inputs or options, or more memory for Java (e.g. java -Xmx%s -jar lcn.jar "
        + "...)", size(available()), suggestedHeap(2 * available()));
  }

  /** A size in binary units, e.g. "1.5 GiB". */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = bytes;
    int i = -1;
    while (v >= 1024 && i < units.length - 1) {
      v /= 1024;
      i++;
    }
    return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[i]);
  }

  private static String suggestedHeap(long bytes) {
    long gib = Math.max(1, (long) Math.ceil(bytes * 1.5 / (1L << 30)));
    return gib + "g";
  }

  private static long satMul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
  }

  private static long satAdd(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }
}
