package io.github.learningcities.lcn.cli.report;

import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.text.FixedDecimal;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a report as one self-contained HTML page: inline CSS and inline SVG charts, no
 * scripts, no fonts, images or styles from the network, so that it opens offline and can be
 * mailed as one file. Charts: the ranking, each unit's profile across areas, rank intervals from
 * the uncertainty analysis, the framework tree and, when given, commitment progress; then the
 * data-quality notes.
 *
 * @since 0.1.0
 */
public final class HtmlReport {
  private static final int WIDTH = 960;
  private static final int LABEL = 260;
  /**
   * The width of the label column of the charts, in pixels.
   *
   * @since 0.1.0
   */
  public static final int LABEL_WIDTH = LABEL;
  private static final int ROW = 22;
  /** A generous average advance of a 12-pixel sans-serif character, Latin or Cyrillic. */
  private static final double CHAR_WIDTH = 8.0;
  /** The longest column header of the heat map, in characters. */
  private static final int HEADER_CHARS = 24;

  private final ReportContent c;
  private final boolean uk;

  private HtmlReport(ReportContent content) {
    this.c = content;
    this.uk = content.language().equals("uk");
  }

  /**
   * Renders a report.
   *
   * @param content what to show
   * @return the HTML page
   */
  public static String render(ReportContent content) {
    return new HtmlReport(content).page();
  }

  private String t(String en, String ukr) {
    return uk ? ukr : en;
  }

  private String page() {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(c.language()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(c.title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1 id=\"report-title\">").append(esc(c.title())).append("</h1>\n");
    if (c.synthetic()) {
      h.append("<p class=\"synthetic\" id=\"synthetic-notice\"><strong>")
          .append(esc(t("SYNTHETIC", "СИНТЕТИЧНІ ДАНІ"))).append("</strong> ")
          .append(esc(t("These data are synthetic: generated from a seed to illustrate the "
              + "method. They describe no real city and must not be read as an assessment.",
              "СИНТЕТИЧНІ дані: згенеровані з зерна генератора, щоб показати метод. Вони не "
              + "описують жодного реального міста і не є оцінюванням.")))
          .append("</p>\n");
    }
    h.append("<p class=\"meta\">").append(esc(t("Data: ", "Дані: "))).append(esc(c.source()))
        .append("<br>").append(esc(t("Method: ", "Метод: "))).append(esc(c.method()))
        .append("</p>\n</header>\n<main>\n");

    Results r = c.results();
    String root = r.framework().root().code();
    section(h, "ranking", t("Ranking", "Рейтинг"),
        t("Score on ", "Бал за ") + label(root) + t(" (higher is better).",
            " (більше — краще)."), rankingChart(r, root));
    if (!c.profileNodes().isEmpty()) {
      section(h, "profiles", t("Profiles across areas", "Профілі за напрямами"),
          t("Each row is one unit's profile: its score on each area (darker is higher; "
              + "colours compare units within an area).",
              "Кожен рядок — профіль одиниці: її бал за кожним напрямом (темніше — вище; "
              + "кольори порівнюють одиниці в межах напряму)."), profileChart(r));
    }
    c.uncertainty().ifPresent(u -> section(h, "uncertainty",
        t("Rank intervals", "Інтервали рангів"),
        t("Ranks from 5 % to 95 % over " + u.replications().size() + " replications of the "
            + "uncertainty analysis; the dot is the nominal rank.",
            "Ранги від 5 % до 95 % за " + u.replications().size() + " повтореннями аналізу "
            + "невизначеності; точка — номінальний ранг."), rankIntervals(u)));
    section(h, "framework", t("Framework", "Структура індексу"),
        t("The tree of indicators and aggregates, with each node's weight.",
            "Дерево індикаторів і агрегатів із вагою кожного вузла."), frameworkTree(r));
    c.commitments().ifPresent(cm -> section(h, "commitments",
        t("Commitment progress", "Виконання зобов'язань"),
        cm.declaration() + ": " + t("share of each commitment achieved across the cities, "
            + "as of ", "частка виконання кожного зобов'язання містами станом на ")
            + cm.asOf() + t(". Overall: ", ". Загалом: ")
            + pct(cm.overall()) + ".", commitmentChart(cm)));
    h.append("<section id=\"quality\">\n<h2>").append(esc(t("Data quality", "Якість даних")))
        .append("</h2>\n<ul class=\"notes\">\n");
    for (String note : c.qualityNotes()) {
      h.append("<li>").append(esc(note)).append("</li>\n");
    }
    h.append("</ul>\n</section>\n</main>\n<footer>")
        .append(esc(t("Made with the LCN SDK (lcn report). Self-contained page: no network "
            + "access, no scripts.", "Створено LCN SDK (lcn report). Автономна сторінка: без "
            + "мережі та скриптів.")))
        .append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private void section(StringBuilder h, String id, String title, String caption, String svg) {
    h.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title))
        .append("</h2>\n<p class=\"caption\">").append(esc(caption));
    if (c.synthetic()) {
      h.append(" <span class=\"synthetic-tag\">").append(esc(t("SYNTHETIC", "СИНТЕТИЧНІ")))
          .append("</span>");
    }
    h.append("</p>\n").append(svg).append("</section>\n");
  }

  private String label(String node) {
    return c.nodeLabels().getOrDefault(node, node);
  }

  private String unitLabel(String unit) {
    return c.unitLabels().getOrDefault(unit, unit);
  }

  /** The order of the ranking chart: highest score first, missing scores last. */
  private static double rankingKey(double score) {
    return Double.isNaN(score) ? Double.POSITIVE_INFINITY : -score;
  }

  private String rankingChart(Results r, String root) {
    List<Unit> units = new ArrayList<>(r.units());
    double[] scores = r.scores(root);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      order.add(i);
    }
    order.sort((i, j) -> Double.compare(rankingKey(scores[i]), rankingKey(scores[j])));
    double lo = 0;
    double hi = 0;
    for (double s : scores) {
      if (!Double.isNaN(s)) {
        lo = Math.min(lo, s);
        hi = Math.max(hi, s);
      }
    }
    double span = hi - lo == 0 ? 1 : hi - lo;
    int barArea = WIDTH - LABEL - 70;
    int height = order.size() * ROW + 10;
    StringBuilder s = svgOpen("ranking-chart", height, t("Ranking bar chart",
        "Стовпчикова діаграма рейтингу"));
    int y = 5;
    int rank = 0;
    for (int i : order) {
      rank++;
      double v = scores[i];
      String name = unitLabel(units.get(i).code());
      rowLabel(s, y, rank + ". " + name);
      if (!Double.isNaN(v)) {
        double x0 = LABEL + (0 - lo) / span * barArea;
        double x1 = LABEL + (v - lo) / span * barArea;
        double x = Math.min(x0, x1);
        double w = Math.max(1, Math.abs(x1 - x0));
        s.append("<rect class=\"bar\" x=\"").append(f(x)).append("\" y=\"").append(y + 3)
            .append("\" width=\"").append(f(w)).append("\" height=\"").append(ROW - 6)
            .append("\"><title>").append(esc(name + ": " + f(v))).append("</title></rect>");
        s.append("<text x=\"").append(f(x + w + 4)).append("\" y=\"").append(y + 15)
            .append("\" class=\"value\">").append(f(v)).append("</text>");
      } else {
        s.append("<text x=\"").append(LABEL).append("\" y=\"").append(y + 15)
            .append("\" class=\"value\">").append(esc(t("missing", "немає даних")))
            .append("</text>");
      }
      y += ROW;
    }
    return s.append("</svg>\n").toString();
  }

  private String profileChart(Results r) {
    List<String> nodes = c.profileNodes();
    List<Unit> units = r.units();
    int cell = Math.max(34, Math.min(70, (WIDTH - LABEL) / Math.max(1, nodes.size())));
    int header = 130;
    int height = header + units.size() * ROW + 10;
    // The column headers are turned 40 degrees up from the middle of their column: the last
    // one reaches cos(40 deg) of its length beyond it. Many columns widen the view box, which
    // the page then scales down to its width, rather than cutting the chart off on the right.
    int overhang = (int) Math.ceil(Math.cos(Math.toRadians(40)) * HEADER_CHARS * CHAR_WIDTH);
    int width = Math.max(WIDTH, LABEL + (nodes.size() - 1) * cell + cell / 2 + overhang + 8);
    StringBuilder s = svgOpen("profile-chart", width, height, t("Profiles heat map",
        "Теплова карта профілів"));
    for (int j = 0; j < nodes.size(); j++) {
      int x = LABEL + j * cell + cell / 2;
      s.append("<text class=\"col\" transform=\"translate(").append(x).append(',')
          .append(header - 6).append(") rotate(-40)\">")
          .append(esc(shorten(label(nodes.get(j)), HEADER_CHARS))).append("<title>")
          .append(esc(label(nodes.get(j)))).append("</title></text>");
    }
    for (int j = 0; j < nodes.size(); j++) {
      double[] v = r.scores(nodes.get(j));
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double x : v) {
        if (!Double.isNaN(x)) {
          lo = Math.min(lo, x);
          hi = Math.max(hi, x);
        }
      }
      for (int i = 0; i < units.size(); i++) {
        int y = header + i * ROW;
        if (j == 0) {
          rowLabel(s, y, unitLabel(units.get(i).code()));
        }
        double x = v[i];
        double level = Double.isNaN(x) ? -1 : hi > lo ? (x - lo) / (hi - lo) : 0.5;
        s.append("<rect class=\"cell\" x=\"").append(LABEL + j * cell).append("\" y=\"")
            .append(y + 1).append("\" width=\"").append(cell - 2).append("\" height=\"")
            .append(ROW - 2).append("\" fill=\"").append(colour(level)).append("\"><title>")
            .append(esc(unitLabel(units.get(i).code()) + ", " + label(nodes.get(j)) + ": "
                + (Double.isNaN(x) ? t("missing", "немає даних") : f(x))))
            .append("</title></rect>");
        s.append("<text class=\"cellv").append(level > 0.6 ? " light" : "").append("\" x=\"")
            .append(LABEL + j * cell + (cell - 2) / 2).append("\" y=\"").append(y + 15)
            .append("\" text-anchor=\"middle\">")
            .append(Double.isNaN(x) ? "–" : FixedDecimal.format(x, 0))
            .append("</text>");
      }
    }
    return s.append("</svg>\n").toString();
  }

  private String rankIntervals(UncertaintyResult u) {
    List<UnitUncertainty> rows = new ArrayList<>(u.units());
    rows.sort((a, b) -> Integer.compare(a.nominalRank().orElse(Integer.MAX_VALUE),
        b.nominalRank().orElse(Integer.MAX_VALUE)));
    double maxRank = 1;
    for (UnitUncertainty x : rows) {
      maxRank = Math.max(maxRank, Math.max(x.rankQ95(), x.nominalRank().orElse(1)));
    }
    int axis = WIDTH - LABEL - 40;
    int height = rows.size() * ROW + 40;
    StringBuilder s = svgOpen("rank-intervals", height, t("Rank intervals chart",
        "Діаграма інтервалів рангів"));
    for (int k = 1; k <= (int) maxRank; k += Math.max(1, (int) maxRank / 10)) {
      double x = LABEL + (k - 1) / Math.max(1, maxRank - 1) * axis;
      s.append("<line class=\"grid\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x))
          .append("\" y1=\"0\" y2=\"").append(height - 30).append("\"/>")
          .append("<text class=\"value\" x=\"").append(f(x)).append("\" y=\"")
          .append(height - 14).append("\" text-anchor=\"middle\">").append(k).append("</text>");
    }
    int y = 5;
    for (UnitUncertainty x : rows) {
      double x1 = LABEL + (x.rankQ05() - 1) / Math.max(1, maxRank - 1) * axis;
      double x2 = LABEL + (x.rankQ95() - 1) / Math.max(1, maxRank - 1) * axis;
      rowLabel(s, y, unitLabel(x.unit()));
      s.append("<rect class=\"interval\" x=\"").append(f(x1)).append("\" y=\"").append(y + 7)
          .append("\" width=\"").append(f(Math.max(2, x2 - x1))).append("\" height=\"8\">")
          .append("<title>").append(esc(unitLabel(x.unit()) + ": " + f(x.rankQ05()) + " – "
              + f(x.rankQ95()))).append("</title></rect>");
      if (x.nominalRank().isPresent()) {
        double xn = LABEL + (x.nominalRank().getAsInt() - 1) / Math.max(1, maxRank - 1) * axis;
        s.append("<circle class=\"nominal\" cx=\"").append(f(xn)).append("\" cy=\"")
            .append(y + 11).append("\" r=\"5\"/>");
      }
      y += ROW;
    }
    return s.append("</svg>\n").toString();
  }

  private String frameworkTree(Results r) {
    Framework fw = r.framework();
    List<Node> rows = new ArrayList<>();
    List<Integer> depth = new ArrayList<>();
    List<String> parents = new ArrayList<>();
    walk(fw, fw.root(), null, 0, rows, depth, parents);
    int height = rows.size() * 20 + 10;
    StringBuilder s = svgOpen("framework-tree", height, t("Framework tree",
        "Дерево структури"));
    Map<String, Double> weights = r.weights();
    for (int i = 0; i < rows.size(); i++) {
      Node n = rows.get(i);
      int d = depth.get(i);
      int x = 10 + d * 22;
      int y = 5 + i * 20;
      if (d > 0) {
        s.append("<path class=\"edge\" d=\"M").append(x - 14).append(' ').append(y + 2)
            .append(" V").append(y + 10).append(" H").append(x - 3).append("\"/>");
      }
      boolean leaf = fw.children(n.code()).isEmpty();
      s.append("<circle class=\"").append(leaf ? "leaf" : "node").append("\" cx=\"")
          .append(x + 2).append("\" cy=\"").append(y + 10).append("\" r=\"4\"/>");
      // A node with further parents (a framework that is not a tree) shows under each parent
      // with its weight there: the additional edge's own weight, else the primary one.
      Double w = weights.get(n.code());
      String weight = d > 0 ? t("weight ", "вага ")
          + f(n.weightUnder(parents.get(i), w == null ? n.weight() : w)) : "";
      // The name and its weight must end inside the chart: a long name is shortened (the
      // whole of it shows as the tooltip).
      String name = label(n.code());
      String fitted = shorten(name, (int) ((WIDTH - x - 12 - 8) / CHAR_WIDTH)
          - weight.length() - 1);
      s.append("<text x=\"").append(x + 12).append("\" y=\"").append(y + 14).append("\">")
          .append(esc(fitted))
          .append(d > 0 ? " <tspan class=\"value\">" + esc(weight) + "</tspan>" : "")
          .append(fitted.equals(name) ? "" : "<title>" + esc(name) + "</title>")
          .append("</text>");
    }
    return s.append("</svg>\n").toString();
  }

  private static void walk(Framework fw, Node n, String parent, int d, List<Node> rows,
      List<Integer> depth, List<String> parents) {
    rows.add(n);
    depth.add(d);
    parents.add(parent);
    for (Node child : fw.children(n.code())) {
      walk(fw, child, n.code(), d + 1, rows, depth, parents);
    }
  }

  private String commitmentChart(ReportContent.Commitments cm) {
    List<Map.Entry<String, Double>> rows = new ArrayList<>(cm.byCommitment());
    rows.add(Map.entry("", Double.NaN));
    rows.addAll(cm.byCity());
    int axis = WIDTH - LABEL - 70;
    int height = rows.size() * ROW + 10;
    StringBuilder s = svgOpen("commitment-chart", height, t("Commitment progress chart",
        "Діаграма виконання зобов'язань"));
    int y = 5;
    for (Map.Entry<String, Double> e : rows) {
      if (!Double.isNaN(e.getValue())) {
        rowLabel(s, y, e.getKey());
        s.append("<rect class=\"track\" x=\"").append(LABEL).append("\" y=\"").append(y + 3)
            .append("\" width=\"").append(axis).append("\" height=\"").append(ROW - 6)
            .append("\"/>");
        s.append("<rect class=\"bar progress\" x=\"").append(LABEL).append("\" y=\"")
            .append(y + 3).append("\" width=\"").append(f(Math.max(1, e.getValue() * axis)))
            .append("\" height=\"").append(ROW - 6).append("\"/>");
        s.append("<text class=\"value\" x=\"").append(LABEL + axis + 4).append("\" y=\"")
            .append(y + 15).append("\">").append(pct(e.getValue())).append("</text>");
      }
      y += ROW;
    }
    return s.append("</svg>\n").toString();
  }

  private static StringBuilder svgOpen(String id, int height, String title) {
    return svgOpen(id, WIDTH, height, title);
  }

  /**
   * Opens an inline SVG chart of the reports' style: its id, view box and accessible title.
   *
   * @param id the element id
   * @param width the width in pixels (the view box's too)
   * @param height the height in pixels
   * @param title the accessible title
   * @return the builder, to be closed with {@code </svg>}
   * @since 0.1.0
   */
  public static StringBuilder svgOpen(String id, int width, int height, String title) {
    return new StringBuilder("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" ")
        .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
        .append(width).append("\" height=\"").append(height).append("\"><title>")
        .append(esc(title)).append("</title>");
  }

  /**
   * A row's label, right-aligned before the plot area and shortened to fit the label column
   * (the whole text then shows as its tooltip), so that no label runs off the chart's left.
   */
  /**
   * Appends a row's label before the plot area of a chart whose labels take the first
   * {@link #LABEL_WIDTH} pixels.
   *
   * @param s the chart
   * @param y the top of the row
   * @param text the label
   * @since 0.1.0
   */
  public static void rowLabel(StringBuilder s, int y, String text) {
    String fitted = shorten(text, (int) ((LABEL - 8) / CHAR_WIDTH));
    s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
        .append("\" text-anchor=\"end\">").append(esc(fitted));
    if (!fitted.equals(text)) {
      s.append("<title>").append(esc(text)).append("</title>");
    }
    s.append("</text>");
  }

  private static String colour(double level) {
    if (level < 0) {
      return "#e0e0e0";
    }
    // From a pale to a deep blue.
    int r = (int) Math.round(222 - level * (222 - 8));
    int g = (int) Math.round(235 - level * (235 - 69));
    int b = (int) Math.round(247 - level * (247 - 148));
    return rgb(r, g, b);
  }

  /**
   * Returns a colour as {@code String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue)}
   * does, without a formatter for the usual channels of 0 to 255 (a chart colours thousands of
   * cells).
   *
   * @param red the red channel
   * @param green the green channel
   * @param blue the blue channel
   * @return {@code #rrggbb} in lower case for channels of 0 to 255, otherwise the formatter's text
   * @since 0.1.0
   */
  public static String rgb(int red, int green, int blue) {
    if (((red | green | blue) & ~0xff) != 0) {
      return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
    return new String(new char[] {'#', HEX[red >> 4], HEX[red & 15], HEX[green >> 4],
        HEX[green & 15], HEX[blue >> 4], HEX[blue & 15]});
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Shortens a text to at most {@code max} characters, ending it with an ellipsis when cut.
   *
   * @param s the text
   * @param max the most characters
   * @return the text or its shortened form
   * @since 0.1.0
   */
  public static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String pct(double share) {
    return FixedDecimal.format(100 * share, 0) + " %";
  }

  private static String f(double v) {
    return FixedDecimal.format(v, 1);
  }

  static String f(OptionalDouble v) {
    return v.isPresent() ? f(v.getAsDouble()) : "";
  }

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param s the text
   * @return the text with {@code & < > " '} escaped
   * @since 0.1.0
   */
  public static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /**
   * Returns the style sheet the reports share.
   *
   * @return the CSS
   * @since 0.1.0
   */
  public static String styleSheet() {
    return CSS;
  }

  private static final String CSS = """
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
        margin: 0 auto; max-width: 1000px; padding: 16px 20px; color: #1a1a1a; }
      h1 { font-size: 1.6em; margin-bottom: 0.3em; }
      h2 { font-size: 1.25em; border-bottom: 2px solid #08519c; padding-bottom: 4px; }
      .meta, .caption, footer { color: #555; font-size: 0.9em; }
      .synthetic { background: #fff3cd; border: 2px solid #d39e00; padding: 8px 12px; }
      .synthetic-tag { background: #d39e00; color: #fff; font-size: 0.75em; padding: 1px 5px;
        border-radius: 3px; }
      svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; }
      svg text { fill: #1a1a1a; }
      svg .value { fill: #555; font-size: 11px; }
      .bar { fill: #2171b5; }
      .progress { fill: #238b45; }
      .track { fill: #eeeeee; }
      .interval { fill: #9ecae1; }
      .nominal { fill: #08519c; }
      .grid { stroke: #dddddd; }
      .edge { stroke: #999999; fill: none; }
      .node { fill: #08519c; }
      .leaf { fill: #9ecae1; }
      .cellv { font-size: 10px; }
      .cellv.light { fill: #ffffff; }
      .col { font-size: 11px; }
      .notes li { margin-bottom: 4px; }
      footer { margin-top: 32px; border-top: 1px solid #ddd; padding-top: 8px; }
      """;
}
