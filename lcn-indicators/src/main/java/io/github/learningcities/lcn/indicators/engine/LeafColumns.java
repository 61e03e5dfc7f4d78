package io.github.learningcities.lcn.indicators.engine;

import io.github.learningcities.lcn.indicators.internal.AffineColumn;
import java.util.Arrays;

/**
 * The normalised columns of a run, one per indicator (leaf) in framework order: each either
 * written by its normaliser, or left unwritten ({@link AffineColumn}) and written on its first
 * request, once. Thread-safe: a written column is published through a volatile copy of the
 * table (copy on write, under this object's lock), so a reader sees either no column or a
 * complete one, and every reader gets the same array. Its values never change.
 */
final class LeafColumns {
  private final AffineColumn[] later;
  private final int[] leafOfNode;
  private volatile double[][] written;

  /**
   * Takes the tables as they are (not copied); nothing writes in them afterwards.
   *
   * @param written the written columns, null where {@code later} has the column
   * @param later the unwritten columns, null where {@code written} has the column
   * @param leafPositions each leaf's position among the framework's nodes
   * @param nodes the number of nodes of the framework
   */
  LeafColumns(double[][] written, AffineColumn[] later, int[] leafPositions, int nodes) {
    this.later = later;
    this.leafOfNode = new int[nodes];
    Arrays.fill(leafOfNode, -1);
    for (int j = 0; j < leafPositions.length; j++) {
      leafOfNode[leafPositions[j]] = j;
    }
    this.written = written;
  }

  /** The number of leaves. */
  int size() {
    return later.length;
  }

  /** Leaf {@code j}'s column if it is written, otherwise null (nothing is computed). */
  double[] writtenOrNull(int j) {
    return written[j];
  }

  /** Leaf {@code j}'s unwritten column (null once it is written or if it never was). */
  AffineColumn later(int j) {
    return written[j] == null ? later[j] : null;
  }

  /** The leaf whose node is at {@code node} among the framework's nodes, or -1. */
  int leafOfNode(int node) {
    return leafOfNode[node];
  }

  /** Leaf {@code j}'s column, written on the first request. Shared: do not modify. */
  double[] column(int j) {
    double[] c = written[j];
    return c != null ? c : write(j);
  }

  private synchronized double[] write(int j) {
    double[][] w = written;
    if (w[j] == null) {
      w = w.clone();
      w[j] = later[j].values();
      written = w;
    }
    return w[j];
  }

  /** Every column, written where needed: a new table of the shared columns. */
  double[][] all() {
    double[][] out = new double[later.length][];
    for (int j = 0; j < out.length; j++) {
      out[j] = column(j);
    }
    return out;
  }
}
