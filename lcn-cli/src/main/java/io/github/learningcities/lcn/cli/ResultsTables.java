package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV tables the commands write, each written row by row into a {@link CsvOutput}
 * (nothing is built whole in memory; rows are formatted straight into its byte buffer): plug
 * them into the write path with {@link OutputFiles#putCsv}.
 */
final class ResultsTables {
  private ResultsTables() {}

  /**
   * Rows from which the long layout is formatted on two cores: the caller takes nodes from the
   * front and writes them straight out, a second thread takes them from the back into memory,
   * until they meet (formatting the scores, {@link Double#toString} above all, is most of the
   * time of writing a large table; below this a thread costs more than it saves).
   */
  static final long PARALLEL_ROWS = 20_000;

  /**
   * Writes the long layout row by row: one row per unit and node (indicators normalised,
   * aggregates scored), with the unit's rank on that node. A unit's code and name, and a
   * node's code, name and level, are encoded once and copied into every row they start. From
   * {@link #PARALLEL_ROWS} rows on, a second core formats nodes from the last one backwards
   * while the caller formats them from the first one on, each taking the next node when it is
   * done with one (so that neither waits for the other longer than a node, whatever each
   * core's other work); the second core's nodes are appended after the caller's, in order: the
   * same bytes in the same order.
   */
  static void scoresLong(Results r, CsvOutput out) throws IOException {
    scoresLong(r, out, PARALLEL_ROWS);
  }

  static void scoresLong(Results r, CsvOutput out, long parallelRows) throws IOException {
    byte[][] unitFields = longHeader(r, out);
    List<Node> nodes = r.framework().nodes();
    NodeClaims claims = new NodeClaims(nodes.size(), nodes.size());
    if ((long) unitFields.length * nodes.size() < parallelRows || nodes.size() < 2
        || !Background.besideTheCaller(0)) {
      longRows(r, unitFields, nodes, claims, out);
      return;
    }
    LongRowsBeside tail = new LongRowsBeside(r, unitFields, nodes, claims);
    Thread thread = new Thread(tail, "lcn-background");
    thread.setDaemon(true);
    thread.start();
    longRows(r, unitFields, nodes, claims, out);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("formatting the scores failed: " + e, e);
    }
    tail.appendTo(out);
  }

  /**
   * The long layout as the two-core path writes it when the thread beside the caller takes the
   * last {@code backNodes} nodes: that task runs first, on the caller, then the caller's own
   * nodes, then the task's rows are appended (for tests of how the parts are put together).
   */
  static void scoresLongFromBothEnds(Results r, CsvOutput out, int backNodes)
      throws IOException {
    byte[][] unitFields = longHeader(r, out);
    List<Node> nodes = r.framework().nodes();
    NodeClaims claims = new NodeClaims(nodes.size(), backNodes);
    LongRowsBeside tail = new LongRowsBeside(r, unitFields, nodes, claims);
    tail.run();
    longRows(r, unitFields, nodes, claims, out);
    tail.appendTo(out);
  }

  /** Writes the long layout's header; each unit's code and name fields, encoded. */
  private static byte[][] longHeader(Results r, CsvOutput out) throws IOException {
    Csv.row(out, List.of("uCode", "uName", "node", "nodeName", "level", "score", "rank"));
    List<Unit> units = r.units();
    byte[][] unitFields = new byte[units.size()][];
    for (int i = 0; i < unitFields.length; i++) {
      Unit u = units.get(i);
      unitFields[i] = CsvOutput.utf8(Csv.field(u.code()) + ',' + Csv.field(u.name()) + ',');
    }
    return unitFields;
  }

  /**
   * Which nodes of the long layout are still to format: the caller takes them from the front,
   * the thread beside it from the back. A monitor rather than an atomic counter: a claim per
   * node is rare, and {@code lcn score} uses no VarHandle on its way.
   */
  private static final class NodeClaims {
    private int front;
    private int back;
    /** How many more nodes the back may take. */
    private int backLeft;

    NodeClaims(int nodes, int backNodes) {
      this.back = nodes;
      this.backLeft = backNodes;
    }

    /** The next node from the front, or from the back; -1 when there is none to take. */
    synchronized int next(boolean fromFront) {
      if (front == back) {
        return -1;
      }
      if (fromFront) {
        return front++;
      }
      if (backLeft == 0) {
        return -1;
      }
      backLeft--;
      return --back;
    }
  }

  /**
   * Formats rows of the long layout into memory on a thread of its own, node by node from the
   * last, noting where each node's rows end. A plain thread and a named task rather than an
   * executor and a lambda: {@code lcn score} then links no call site and no VarHandle (a
   * FutureTask's state is one) on its way.
   */
  private static final class LongRowsBeside implements Runnable {
    private final Results results;
    private final byte[][] unitFields;
    private final List<Node> nodes;
    private final NodeClaims claims;
    /** Set by the thread; read after {@link Thread#join()}, which orders the accesses. */
    final ByteChunks bytes = new ByteChunks();
    long[] ends = new long[8];
    int count;
    Throwable failure;

    LongRowsBeside(Results results, byte[][] unitFields, List<Node> nodes, NodeClaims claims) {
      this.results = results;
      this.unitFields = unitFields;
      this.nodes = nodes;
      this.claims = claims;
    }

    @Override
    public void run() {
      try {
        CsvOutput rest = CsvOutput.to(bytes);
        for (int k; (k = claims.next(false)) >= 0; ) {
          nodeRows(results, unitFields, nodes.get(k), rest);
          rest.flush();
          if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
          }
          ends[count++] = bytes.size();
        }
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
      }
    }

    /**
     * Appends the rows formatted here, nodes in their order (they were taken last first), or
     * throws what formatting them threw.
     */
    void appendTo(CsvOutput out) throws IOException {
      Background.rethrow(failure);
      for (int k = count - 1; k >= 0; k--) {
        bytes.writeTo(out, k == 0 ? 0 : ends[k - 1], ends[k]);
      }
    }
  }

  /** Writes the rows of the nodes the caller claims from the front, each in turn. */
  private static void longRows(Results r, byte[][] unitFields, List<Node> nodes,
      NodeClaims claims, CsvOutput out) throws IOException {
    for (int k; (k = claims.next(true)) >= 0; ) {
      nodeRows(r, unitFields, nodes.get(k), out);
    }
  }

  /** Writes one node's rows of the long layout, a row per unit. */
  private static void nodeRows(Results r, byte[][] unitFields, Node n, CsvOutput out)
      throws IOException {
    byte[] nodeFields = CsvOutput.utf8(Csv.field(n.code()) + ',' + Csv.field(n.name()) + ','
        + r.framework().level(n.code()) + ',');
    double[] scores = r.scores(n.code());
    int[] ranks = r.rankArray(n.code());
    for (int i = 0; i < unitFields.length; i++) {
      longRow(out, unitFields[i], nodeFields, scores[i], ranks[i]);
    }
  }

  /**
   * Writes one row of the long layout: a method of its own, called once a row, so that the
   * client compiler compiles it after a few hundred rows and the calls it makes run compiled;
   * the loop above runs once a node, and stays interpreted for a whole short table.
   */
  private static void longRow(CsvOutput out, byte[] unitFields, byte[] nodeFields,
      double score, int rank) throws IOException {
    out.bytes(unitFields).bytes(nodeFields);
    out.number(score);
    out.put(',');
    if (rank != 0) {
      out.integer(rank);
    }
    out.put('\n');
  }

  /**
   * Writes the wide layout row by row: one row per unit, a score column per node, then a rank
   * column per node.
   */
  static void scoresWide(Results r, CsvOutput out) throws IOException {
    List<Node> nodes = r.framework().nodes();
    List<String> header = new ArrayList<>(List.of("uCode", "uName"));
    for (Node n : nodes) {
      header.add(n.code());
    }
    for (Node n : nodes) {
      header.add("Rank." + n.code());
    }
    Csv.row(out, header);
    double[][] scores = new double[nodes.size()][];
    int[][] ranks = new int[nodes.size()][];
    for (int j = 0; j < scores.length; j++) {
      scores[j] = r.scores(nodes.get(j).code());
      ranks[j] = r.rankArray(nodes.get(j).code());
    }
    List<Unit> units = r.units();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      out.field(u.code()).put(',').field(u.name());
      for (double[] s : scores) {
        out.put(',');
        out.number(s[i]);
      }
      for (int[] k : ranks) {
        out.put(',');
        if (k[i] != 0) {
          out.integer(k[i]);
        }
      }
      out.put('\n');
    }
  }

  /**
   * Writes the uncertainty table row by row: one row per unit, nominal score and rank, and
   * their spread over the replications.
   */
  static void uncertainty(UncertaintyResult u, CsvOutput out) throws IOException {
    Csv.row(out, List.of("uCode", "node", "nominalScore", "nominalRank", "meanRank",
        "medianRank", "rankQ05", "rankQ95", "meanScore", "medianScore", "scoreQ05",
        "scoreQ95"));
    for (UnitUncertainty x : u.units()) {
      out.field(x.unit()).put(',').field(u.node()).put(',');
      if (x.nominalScore().isPresent()) {
        out.number(x.nominalScore().getAsDouble());
      }
      out.put(',');
      if (x.nominalRank().isPresent()) {
        out.integer(x.nominalRank().getAsInt());
      }
      for (double v : new double[] {x.meanRank(), x.medianRank(), x.rankQ05(), x.rankQ95(),
          x.meanScore(), x.medianScore(), x.scoreQ05(), x.scoreQ95()}) {
        out.put(',');
        out.number(v);
      }
      out.put('\n');
    }
  }
}
