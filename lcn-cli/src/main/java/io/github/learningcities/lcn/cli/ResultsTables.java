package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The CSV tables the commands write, each written row by row into a {@link Writer} (nothing
 * is built whole in memory): plug them into the write path as an {@link OutputFiles.TextBody}.
 */
final class ResultsTables {
  private ResultsTables() {}

  /**
   * Writes the long layout row by row: one row per unit and node (indicators normalised,
   * aggregates scored), with the unit's rank on that node.
   */
  static void scoresLong(Results r, Writer out) throws IOException {
    Framework fw = r.framework();
    Csv.row(out, List.of("uCode", "uName", "node", "nodeName", "level", "score", "rank"));
    List<Unit> units = r.units();
    String[] unitFields = new String[units.size()];
    for (int i = 0; i < unitFields.length; i++) {
      Unit u = units.get(i);
      unitFields[i] = Csv.field(u.code()) + ',' + Csv.field(u.name()) + ',';
    }
    for (Node n : fw.nodes()) {
      String nodeFields = Csv.field(n.code()) + ',' + Csv.field(n.name()) + ','
          + fw.level(n.code()) + ',';
      double[] scores = r.scores(n.code());
      Map<String, Integer> ranks = r.ranks(n.code());
      for (int i = 0; i < unitFields.length; i++) {
        Integer rank = ranks.get(units.get(i).code());
        out.write(unitFields[i]);
        out.write(nodeFields);
        out.write(Csv.number(scores[i]));
        out.write(',');
        if (rank != null) {
          out.write(Integer.toString(rank));
        }
        out.write('\n');
      }
    }
  }

  /**
   * Writes the wide layout row by row: one row per unit, a score column per node, then a rank
   * column per node.
   */
  static void scoresWide(Results r, Writer out) throws IOException {
    List<Node> nodes = r.framework().nodes();
    List<String> header = new ArrayList<>(List.of("uCode", "uName"));
    for (Node n : nodes) {
      header.add(n.code());
    }
    for (Node n : nodes) {
      header.add("Rank." + n.code());
    }
    Csv.row(out, header);
    for (Unit u : r.units()) {
      out.write(Csv.field(u.code()));
      out.write(',');
      out.write(Csv.field(u.name()));
      for (Node n : nodes) {
        OptionalDouble s = r.score(u.code(), n.code());
        out.write(',');
        if (s.isPresent()) {
          out.write(Csv.number(s.getAsDouble()));
        }
      }
      for (Node n : nodes) {
        OptionalInt k = r.rank(u.code(), n.code());
        out.write(',');
        if (k.isPresent()) {
          out.write(Integer.toString(k.getAsInt()));
        }
      }
      out.write('\n');
    }
  }

  /**
   * Writes the uncertainty table row by row: one row per unit, nominal score and rank, and
   * their spread over the replications.
   */
  static void uncertainty(UncertaintyResult u, Writer out) throws IOException {
    Csv.row(out, List.of("uCode", "node", "nominalScore", "nominalRank", "meanRank",
        "medianRank", "rankQ05", "rankQ95", "meanScore", "medianScore", "scoreQ05",
        "scoreQ95"));
    for (UnitUncertainty x : u.units()) {
      Csv.row(out, List.of(x.unit(), u.node(),
          x.nominalScore().isPresent() ? Csv.number(x.nominalScore().getAsDouble()) : "",
          x.nominalRank().isPresent() ? Integer.toString(x.nominalRank().getAsInt()) : "",
          Csv.number(x.meanRank()), Csv.number(x.medianRank()), Csv.number(x.rankQ05()),
          Csv.number(x.rankQ95()), Csv.number(x.meanScore()), Csv.number(x.medianScore()),
          Csv.number(x.scoreQ05()), Csv.number(x.scoreQ95())));
    }
  }
}
