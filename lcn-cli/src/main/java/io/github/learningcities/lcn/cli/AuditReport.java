package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.report.HtmlReport;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.Finding;
import io.github.learningcities.lcn.indicators.audit.Importance;
import io.github.learningcities.lcn.indicators.audit.Reliability;
import io.github.learningcities.lcn.indicators.internal.text.FixedDecimal;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The audit as one self-contained HTML page: every visible text from the report catalogue of
 * its language ({@code audit.*} keys), findings worded from their kind, value and threshold,
 * and inline SVG charts no wider than the page.
 */
final class AuditReport {
  private static final int WIDTH = 960;
  private static final int LABEL = HtmlReport.LABEL_WIDTH;
  private static final int ROW = 22;
  private static final double CHAR_WIDTH = 8.0;

  private final ScoringInput in;
  private final Audit audit;
  private final Messages m;
  private final String language;

  private AuditReport(ScoringInput in, Audit audit, String language) {
    this.in = in;
    this.audit = audit;
    this.m = Messages.of(language);
    this.language = language;
  }

  /** Renders the audit of an input in a language ({@code uk} or {@code en}). */
  static String render(ScoringInput in, Audit audit, String language) {
    return new AuditReport(in, audit, language).page();
  }

  private String t(String key, Object... args) {
    return m.text(key, args);
  }

  private String page() {
    // The correlations' heat map (a cell per pair of indicators) is most of the page: it is
    // drawn first so that the page is sized for it once, not grown by doubling around it.
    String heat = heatMap(audit.indicatorCorrelations());
    StringBuilder h = new StringBuilder(64 * 1024 + heat.length());
    String title = t("audit.title", in.title());
    h.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n")
        .append(HtmlReport.styleSheet()).append(".heat { stroke: #ffffff; }\n")
        .append("table.removals { border-collapse: collapse; }\n")
        .append("table.removals td, table.removals th { border-bottom: 1px solid #ddd; ")
        .append("padding: 3px 10px; text-align: left; }\n")
        .append("</style>\n</head>\n<body>\n<header>\n<h1 id=\"report-title\">")
        .append(esc(title)).append("</h1>\n");
    if (in.isSynthetic()) {
      h.append("<p class=\"synthetic\" id=\"synthetic-notice\"><strong>")
          .append(esc(t("audit.synthetic-badge"))).append("</strong> ")
          .append(esc(t("audit.synthetic"))).append("</p>\n");
    }
    h.append("<p class=\"meta\">").append(esc(t("audit.meta", in.source(), audit.units())))
        .append("</p>\n</header>\n<main>\n");
    findings(h);
    section(h, "correlations", t("audit.correlations.title"),
        t("audit.correlations.caption"), heat);
    List<Reliability> rel = audit.reliability();
    section(h, "alpha", t("audit.alpha.title"), t("audit.alpha.caption"),
        bars("audit-alpha", t("audit.alpha.title"), rel, Reliability::aggregate,
            x -> x.alpha().orElse(Double.NaN)));
    section(h, "pc1", t("audit.pc1.title"), t("audit.pc1.caption"),
        bars("audit-pc1", t("audit.pc1.title"), rel, Reliability::aggregate,
            x -> x.firstComponentShare().orElse(Double.NaN)));
    section(h, "importance", t("audit.importance.title"), t("audit.importance.caption"),
        scatter(audit.importance()));
    Optional<UncertaintyResult> u = audit.uncertainty();
    if (u.isPresent()) {
      section(h, "uncertainty", t("audit.intervals.title"),
          t("audit.intervals.caption", u.get().replications().size()), intervals(u.get()));
    } else {
      paragraph(h, "uncertainty", t("audit.intervals.title"), t("audit.intervals.none"));
    }
    Optional<Sensitivity> s = u.flatMap(UncertaintyResult::sensitivity);
    if (s.isPresent() && !s.get().meanAbsoluteRankChange().isEmpty()) {
      section(h, "sensitivity", t("audit.sobol.title"), t("audit.sobol.caption"),
          sobol(s.get().meanAbsoluteRankChange()));
    } else {
      paragraph(h, "sensitivity", t("audit.sobol.title"), t("audit.sobol.none"));
    }
    removals(h);
    h.append("</main>\n<footer>").append(esc(t("audit.footer"))).append("</footer>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private void findings(StringBuilder h) {
    h.append("<section id=\"findings\">\n<h2>").append(esc(t("audit.findings.title")))
        .append("</h2>\n");
    List<Finding> all = new ArrayList<>(audit.findings());
    all.sort((a, b) -> b.severity().compareTo(a.severity()));
    if (all.isEmpty()) {
      h.append("<p class=\"caption\">").append(esc(t("audit.findings.none"))).append("</p>\n");
    } else {
      h.append("<ul class=\"notes\" id=\"audit-findings\">\n");
      for (Finding f : all) {
        h.append("<li class=\"finding ").append(f.severity().name().toLowerCase(Locale.ROOT))
            .append("\"><strong>").append(esc(t("audit.severity." + f.severity().name())))
            .append("</strong> ").append(esc(wording(f))).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  /** A finding in the report's language, from its kind, place, value and threshold. */
  String wording(Finding f) {
    return t("audit.finding." + f.kind().name(), place(f), num(f.value()), num(f.threshold()));
  }

  private String place(Finding f) {
    return switch (f.kind().section()) {
      case UNCERTAINTY -> switch (f.kind()) {
        case WIDE_RANK_INTERVAL -> in.unitLabel(f.place());
        case DOMINANT_FACTOR -> factor(f.place());
        default -> f.place();
      };
      case DATA -> f.kind().name().startsWith("UNIT_") ? in.unitLabel(f.place())
          : in.nodeLabel(f.place());
      default -> {
        List<String> parts = new ArrayList<>();
        for (String p : f.place().split("~")) {
          parts.add(in.nodeLabel(p));
        }
        yield String.join(" ~ ", parts);
      }
    };
  }

  private String factor(String name) {
    return m.find("audit.factor." + name).orElse(name);
  }

  private void section(StringBuilder h, String id, String title, String caption, String svg) {
    h.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title))
        .append("</h2>\n<p class=\"caption\">").append(esc(caption)).append("</p>\n")
        .append(svg).append("</section>\n");
  }

  private void paragraph(StringBuilder h, String id, String title, String text) {
    h.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title))
        .append("</h2>\n<p class=\"caption\" id=\"").append(id).append("-omitted\">")
        .append(esc(text)).append("</p>\n</section>\n");
  }

  private String heatMap(CorrelationMatrix c) {
    List<String> rows = c.rows();
    List<String> cols = c.columns();
    double cell = Math.max(4, Math.min(24, (WIDTH - LABEL - 10) / (double) Math.max(1,
        cols.size())));
    int top = 10;
    double font = Math.min(12, Math.max(6, cell));
    int height = (int) Math.ceil(rows.size() * cell) + 2 * top;
    StringBuilder s = svgOpen("audit-heatmap", height, t("audit.correlations.title"));
    // What repeats across the cells is formatted and escaped once: the columns' x and labels,
    // the cell size, each row's y and label (escaping is per character, so it distributes over
    // the concatenated title).
    String size = f(cell);
    String[] columnX = new String[cols.size()];
    String[] columnLabel = new String[cols.size()];
    for (int j = 0; j < cols.size(); j++) {
      columnX[j] = f(LABEL + j * cell);
      columnLabel[j] = esc(in.nodeLabel(cols.get(j)));
    }
    String missing = esc(t("audit.not-available"));
    // A correlation matrix is mostly symmetric: a cell whose mirror above the diagonal has the
    // same finite coefficient takes the mirror's text and colour.
    boolean square = rows.equals(cols);
    double[][] value = new double[rows.size()][cols.size()];
    String[][] text = new String[rows.size()][cols.size()];
    String[][] fill = new String[rows.size()][cols.size()];
    for (int i = 0; i < rows.size(); i++) {
      double y = top + i * cell;
      String fitted = shorten(in.nodeLabel(rows.get(i)), (int) ((LABEL - 8) / CHAR_WIDTH));
      s.append("<text x=\"").append(LABEL - 6).append("\" y=\"")
          .append(f(y + cell / 2 + font * 0.35))
          .append("\" text-anchor=\"end\" font-size=\"").append(f(font))
          .append("\">").append(esc(fitted)).append("</text>");
      String rowY = f(y);
      String rowLabel = esc(in.nodeLabel(rows.get(i)));
      for (int j = 0; j < cols.size(); j++) {
        OptionalDouble r = c.coefficient(rows.get(i), cols.get(j));
        value[i][j] = r.orElse(Double.NaN);
        if (square && j < i && Double.isFinite(value[i][j])
            && Double.doubleToRawLongBits(value[j][i])
            == Double.doubleToRawLongBits(value[i][j])) {
          text[i][j] = text[j][i];
          fill[i][j] = fill[j][i];
        } else {
          text[i][j] = r.isPresent() ? esc(num(r.getAsDouble())) : missing;
          fill[i][j] = diverging(r);
        }
        s.append("<rect class=\"heat\" x=\"").append(columnX[j]).append("\" y=\"")
            .append(rowY).append("\" width=\"").append(size).append("\" height=\"")
            .append(size).append("\" fill=\"").append(fill[i][j]).append("\"><title>")
            .append(rowLabel).append(" ~ ").append(columnLabel[j]).append(": ")
            .append(text[i][j]).append("</title></rect>");
      }
    }
    return s.append("</svg>\n").toString();
  }

  private <T> String bars(String id, String title, List<T> items, java.util.function.Function<T,
      String> code, ToDoubleFunction<T> value) {
    int axis = WIDTH - LABEL - 60;
    int height = Math.max(1, items.size()) * ROW + 10;
    StringBuilder s = svgOpen(id, height, title);
    int y = 5;
    for (T item : items) {
      rowLabel(s, y, in.nodeLabel(code.apply(item)));
      double v = value.applyAsDouble(item);
      if (Double.isFinite(v)) {
        double w = Math.max(1, Math.max(0, Math.min(1, v)) * axis);
        s.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y + 4)
            .append("\" width=\"").append(f(w)).append("\" height=\"14\"/>")
            .append("<text class=\"value\" x=\"").append(f(LABEL + w + 4)).append("\" y=\"")
            .append(y + 15).append("\">").append(num(v)).append("</text>");
      } else {
        s.append("<text class=\"value\" x=\"").append(LABEL + 4).append("\" y=\"")
            .append(y + 15).append("\">").append(esc(t("audit.not-available"))).append("</text>");
      }
      y += ROW;
    }
    return s.append("</svg>\n").toString();
  }

  private String scatter(List<Importance> items) {
    int size = 420;
    int pad = 50;
    double max = 0.01;
    for (Importance i : items) {
      max = Math.max(max, Math.max(i.weightShare(), i.share().orElse(0)));
    }
    StringBuilder s = svgOpen("audit-importance", size + pad * 2, size + pad * 2,
        t("audit.importance.title"));
    s.append("<line class=\"grid\" x1=\"").append(pad).append("\" y1=\"").append(pad + size)
        .append("\" x2=\"").append(pad + size).append("\" y2=\"").append(pad).append("\"/>")
        .append("<line class=\"edge\" x1=\"").append(pad).append("\" y1=\"").append(pad + size)
        .append("\" x2=\"").append(pad + size).append("\" y2=\"").append(pad + size)
        .append("\"/><line class=\"edge\" x1=\"").append(pad).append("\" y1=\"").append(pad)
        .append("\" x2=\"").append(pad).append("\" y2=\"").append(pad + size).append("\"/>")
        .append("<text class=\"value\" x=\"").append(pad + size / 2).append("\" y=\"")
        .append(pad + size + 30).append("\" text-anchor=\"middle\">")
        .append(esc(t("audit.importance.x"))).append("</text>")
        .append("<text class=\"value\" x=\"").append(pad).append("\" y=\"").append(pad - 12)
        .append("\">").append(esc(t("audit.importance.y"))).append("</text>")
        .append("<text class=\"value\" x=\"").append(pad + size).append("\" y=\"")
        .append(pad + size + 14).append("\" text-anchor=\"end\">").append(num(max))
        .append("</text>");
    for (Importance i : items) {
      if (i.share().isEmpty()) {
        continue;
      }
      double x = pad + i.weightShare() / max * size;
      double y = pad + size - i.share().getAsDouble() / max * size;
      s.append("<circle class=\"nominal point\" cx=\"").append(f(x)).append("\" cy=\"")
          .append(f(y)).append("\" r=\"4\"><title>").append(esc(t("audit.importance.point",
              in.nodeLabel(i.indicator()), num(i.weightShare()),
              num(i.share().getAsDouble())))).append("</title></circle>");
    }
    return s.append("</svg>\n").toString();
  }

  private String intervals(UncertaintyResult u) {
    List<UnitUncertainty> rows = new ArrayList<>(u.units());
    rows.sort((a, b) -> Integer.compare(a.nominalRank().orElse(Integer.MAX_VALUE),
        b.nominalRank().orElse(Integer.MAX_VALUE)));
    double maxRank = 2;
    for (UnitUncertainty x : rows) {
      maxRank = Math.max(maxRank, x.rankQ95());
    }
    int axis = WIDTH - LABEL - 40;
    StringBuilder s = svgOpen("audit-rank-intervals", rows.size() * ROW + 10,
        t("audit.intervals.title"));
    int y = 5;
    for (UnitUncertainty x : rows) {
      double x1 = LABEL + (x.rankQ05() - 1) / (maxRank - 1) * axis;
      double x2 = LABEL + (x.rankQ95() - 1) / (maxRank - 1) * axis;
      rowLabel(s, y, in.unitLabel(x.unit()));
      s.append("<rect class=\"interval\" x=\"").append(f(x1)).append("\" y=\"").append(y + 7)
          .append("\" width=\"").append(f(Math.max(2, x2 - x1))).append("\" height=\"8\">")
          .append("<title>").append(esc(in.unitLabel(x.unit()) + ": " + f(x.rankQ05())
              + " – " + f(x.rankQ95()))).append("</title></rect>");
      if (x.nominalRank().isPresent()) {
        s.append("<circle class=\"nominal\" cx=\"").append(f(LABEL + (x.nominalRank()
            .getAsInt() - 1) / (maxRank - 1) * axis)).append("\" cy=\"").append(y + 11)
            .append("\" r=\"5\"/>");
      }
      y += ROW;
    }
    return s.append("</svg>\n").toString();
  }

  private String sobol(List<SobolIndices> indices) {
    int axis = WIDTH - LABEL - 60;
    StringBuilder s = svgOpen("audit-sobol", indices.size() * 2 * ROW + 10,
        t("audit.sobol.title"));
    int y = 5;
    for (SobolIndices x : indices) {
      for (boolean total : new boolean[] {false, true}) {
        double v = total ? x.total() : x.first();
        rowLabel(s, y, t(total ? "audit.sobol.total" : "audit.sobol.first",
            factor(x.factor())));
        double w = Math.max(1, Math.max(0, Math.min(1, Double.isFinite(v) ? v : 0)) * axis);
        s.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y + 4)
            .append("\" width=\"").append(f(w)).append("\" height=\"14\"/>")
            .append("<text class=\"value\" x=\"").append(f(LABEL + w + 4)).append("\" y=\"")
            .append(y + 15).append("\">").append(num(v)).append("</text>");
        y += ROW;
      }
    }
    return s.append("</svg>\n").toString();
  }

  private void removals(StringBuilder h) {
    h.append("<section id=\"removals\">\n<h2>").append(esc(t("audit.removals.title")))
        .append("</h2>\n<p class=\"caption\">").append(esc(t("audit.removals.caption")))
        .append("</p>\n<table class=\"removals\" id=\"audit-removals\">\n<tr><th>")
        .append(esc(t("audit.removals.element"))).append("</th><th>")
        .append(esc(t("audit.removals.target"))).append("</th><th>")
        .append(esc(t("audit.removals.shift"))).append("</th></tr>\n");
    for (RemovalImpact r : audit.removals()) {
      h.append("<tr><td>").append(esc(in.nodeLabel(r.element()))).append("</td><td>")
          .append(esc(in.nodeLabel(r.target()))).append("</td><td>")
          .append(esc(r.meanAbsoluteRankChange().isPresent()
              ? num(r.meanAbsoluteRankChange().getAsDouble()) : t("audit.removals.impossible")))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static StringBuilder svgOpen(String id, int height, String title) {
    return HtmlReport.svgOpen(id, WIDTH, height, title);
  }

  private static StringBuilder svgOpen(String id, int width, int height, String title) {
    return HtmlReport.svgOpen(id, width, height, title);
  }

  private static void rowLabel(StringBuilder s, int y, String text) {
    HtmlReport.rowLabel(s, y, text);
  }

  /** Blue for positive, red for negative correlations, grey when there is none. */
  private static String diverging(OptionalDouble r) {
    if (r.isEmpty() || !Double.isFinite(r.getAsDouble())) {
      return "#e0e0e0";
    }
    double v = Math.max(-1, Math.min(1, r.getAsDouble()));
    double a = Math.abs(v);
    int red = (int) Math.round(v >= 0 ? 247 - a * (247 - 33) : 247 - a * (247 - 203));
    int green = (int) Math.round(v >= 0 ? 247 - a * (247 - 113) : 247 - a * (247 - 24));
    int blue = (int) Math.round(v >= 0 ? 247 - a * (247 - 181) : 247 - a * (247 - 29));
    return HtmlReport.rgb(red, green, blue);
  }

  private static String shorten(String s, int max) {
    return HtmlReport.shorten(s, max);
  }

  private static String f(double v) {
    return FixedDecimal.format(v, 1);
  }

  private static String num(double v) {
    return Double.isFinite(v) ? FixedDecimal.format(v, 2) : "–";
  }

  private static String esc(String s) {
    return HtmlReport.esc(s);
  }
}
