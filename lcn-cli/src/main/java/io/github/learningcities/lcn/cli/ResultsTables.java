package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV tables the commands write, each written row by row into a {@link CsvOutput}
 * (nothing is built whole in memory; rows are formatted straight into its byte buffer): plug
 * them into the write path with {@link OutputFiles#putCsv}.
 */
final class ResultsTables {
  private ResultsTables() {}

  /**
   * Rows from which the long layout is formatted on two cores: the second half of the nodes
   * into memory beside the caller while the caller formats the first half (formatting the
   * scores, {@link Double#toString} above all, is most of the time of writing a large table;
   * below this a thread costs more than it saves).
   */
  static final long PARALLEL_ROWS = 20_000;

  /**
   * Writes the long layout row by row: one row per unit and node (indicators normalised,
   * aggregates scored), with the unit's rank on that node. A unit's code and name, and a
   * node's code, name and level, are encoded once and copied into every row they start. From
   * {@link #PARALLEL_ROWS} rows on, the second half of the nodes is formatted on a second core
   * and appended after the first: the same bytes in the same order.
   */
  static void scoresLong(Results r, CsvOutput out) throws IOException {
    scoresLong(r, out, PARALLEL_ROWS);
  }

  static void scoresLong(Results r, CsvOutput out, long parallelRows) throws IOException {
    Framework fw = r.framework();
    Csv.row(out, List.of("uCode", "uName", "node", "nodeName", "level", "score", "rank"));
    List<Unit> units = r.units();
    byte[][] unitFields = new byte[units.size()][];
    for (int i = 0; i < unitFields.length; i++) {
      Unit u = units.get(i);
      unitFields[i] = CsvOutput.utf8(Csv.field(u.code()) + ',' + Csv.field(u.name()) + ',');
    }
    List<Node> nodes = fw.nodes();
    if ((long) units.size() * nodes.size() < parallelRows || nodes.size() < 2) {
      longRows(r, unitFields, nodes, out);
      return;
    }
    if (!Background.besideTheCaller(0)) {
      longRows(r, unitFields, nodes, out);
      return;
    }
    List<Node> first = nodes.subList(0, nodes.size() / 2);
    LongRowsBeside tail = new LongRowsBeside(r, unitFields,
        nodes.subList(first.size(), nodes.size()));
    Thread thread = new Thread(tail, "lcn-background");
    thread.setDaemon(true);
    thread.start();
    longRows(r, unitFields, first, out);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("formatting the scores failed: " + e, e);
    }
    if (tail.failure instanceof IOException e) {
      throw e;
    }
    if (tail.failure instanceof RuntimeException e) {
      throw e;
    }
    if (tail.failure instanceof Error e) {
      throw e;
    }
    tail.bytes.writeTo(out);
  }

  /**
   * Formats rows of the long layout into memory on a thread of its own. A plain thread and a
   * named task rather than an executor and a lambda: {@code lcn score} then links no call site
   * and no VarHandle (a FutureTask's state is one) on its way.
   */
  private static final class LongRowsBeside implements Runnable {
    private final Results results;
    private final byte[][] unitFields;
    private final List<Node> nodes;
    /** Set by the thread; read after {@link Thread#join()}, which orders the accesses. */
    ByteChunks bytes;
    Throwable failure;

    LongRowsBeside(Results results, byte[][] unitFields, List<Node> nodes) {
      this.results = results;
      this.unitFields = unitFields;
      this.nodes = nodes;
    }

    @Override
    public void run() {
      try {
        ByteChunks buffer = new ByteChunks();
        CsvOutput rest = CsvOutput.to(buffer);
        longRows(results, unitFields, nodes, rest);
        rest.flush();
        bytes = buffer;
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
      }
    }
  }

  private static void longRows(Results r, byte[][] unitFields, List<Node> nodes,
      CsvOutput out) throws IOException {
    Framework fw = r.framework();
    for (Node n : nodes) {
      byte[] nodeFields = CsvOutput.utf8(Csv.field(n.code()) + ',' + Csv.field(n.name()) + ','
          + fw.level(n.code()) + ',');
      double[] scores = r.scores(n.code());
      int[] ranks = r.rankArray(n.code());
      for (int i = 0; i < unitFields.length; i++) {
        out.bytes(unitFields[i]).bytes(nodeFields);
        out.number(scores[i]);
        out.put(',');
        if (ranks[i] != 0) {
          out.integer(ranks[i]);
        }
        out.put('\n');
      }
    }
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
