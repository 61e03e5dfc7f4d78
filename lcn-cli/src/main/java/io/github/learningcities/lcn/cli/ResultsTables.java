package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The CSV tables the commands write. */
final class ResultsTables {
  private ResultsTables() {}

  /**
   * Long layout: one row per unit and node (indicators normalised, aggregates scored), with the
   * unit's rank on that node.
   */
  static String scoresLong(Results r) {
    Framework fw = r.framework();
    StringBuilder sb = new StringBuilder(Csv.row(List.of("uCode", "uName", "node", "nodeName",
        "level", "score", "rank")));
    for (Node n : fw.nodes()) {
      double[] scores = r.scores(n.code());
      Map<String, Integer> ranks = r.ranks(n.code());
      List<Unit> units = r.units();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        Integer rank = ranks.get(u.code());
        sb.append(Csv.row(List.of(u.code(), u.name(), n.code(), n.name(),
            Integer.toString(fw.level(n.code())), Csv.number(scores[i]),
            rank == null ? "" : rank.toString())));
      }
    }
    return sb.toString();
  }

  /** Wide layout: one row per unit, a score column per node, then a rank column per node. */
  static String scoresWide(Results r) {
    List<Node> nodes = r.framework().nodes();
    List<String> header = new ArrayList<>(List.of("uCode", "uName"));
    for (Node n : nodes) {
      header.add(n.code());
    }
    for (Node n : nodes) {
      header.add("Rank." + n.code());
    }
    StringBuilder sb = new StringBuilder(Csv.row(header));
    for (Unit u : r.units()) {
      List<String> row = new ArrayList<>(List.of(u.code(), u.name()));
      for (Node n : nodes) {
        OptionalDouble s = r.score(u.code(), n.code());
        row.add(s.isPresent() ? Csv.number(s.getAsDouble()) : "");
      }
      for (Node n : nodes) {
        OptionalInt k = r.rank(u.code(), n.code());
        row.add(k.isPresent() ? Integer.toString(k.getAsInt()) : "");
      }
      sb.append(Csv.row(row));
    }
    return sb.toString();
  }

  /** One row per unit: nominal score and rank, and their spread over the replications. */
  static String uncertainty(UncertaintyResult u) {
    StringBuilder sb = new StringBuilder(Csv.row(List.of("uCode", "node", "nominalScore",
        "nominalRank", "meanRank", "medianRank", "rankQ05", "rankQ95", "meanScore",
        "medianScore", "scoreQ05", "scoreQ95")));
    for (UnitUncertainty x : u.units()) {
      sb.append(Csv.row(List.of(x.unit(), u.node(),
          x.nominalScore().isPresent() ? Csv.number(x.nominalScore().getAsDouble()) : "",
          x.nominalRank().isPresent() ? Integer.toString(x.nominalRank().getAsInt()) : "",
          Csv.number(x.meanRank()), Csv.number(x.medianRank()), Csv.number(x.rankQ05()),
          Csv.number(x.rankQ95()), Csv.number(x.meanScore()), Csv.number(x.medianScore()),
          Csv.number(x.scoreQ05()), Csv.number(x.scoreQ95()))));
    }
    return sb.toString();
  }
}
