package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.report.ReportContent;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Assembles the report's content from a scored input. */
final class Reports {
  private static final int MAX_LISTED = 25;

  private Reports() {}

  static ReportContent content(ScoringInput in, Results r, Optional<UncertaintyResult> u,
      Optional<ReportContent.Commitments> commitments, String language) {
    boolean uk = language.equals("uk");
    return new ReportContent(language, in.title(), in.isSynthetic(), in.source(),
        describe(r.pipeline()), r, u, in.nodeLabels(), in.unitLabels(),
        profileNodes(r.framework()), commitments, qualityNotes(in, r, u, uk));
  }

  /**
   * The nodes of each unit's profile: the level below the root, or the one below that when the
   * first has fewer than four nodes and the next is not the indicators.
   */
  static List<String> profileNodes(Framework fw) {
    List<Node> level = fw.children(fw.root().code());
    if (level.size() < 4) {
      List<Node> next = new ArrayList<>();
      for (Node n : level) {
        next.addAll(fw.children(n.code()));
      }
      boolean indicators = next.stream().allMatch(n -> fw.children(n.code()).isEmpty());
      if (!next.isEmpty() && !indicators) {
        level = next;
      }
    }
    return level.stream().map(Node::code).toList();
  }

  static String describe(Pipeline p) {
    List<String> steps = new ArrayList<>();
    p.imputation().ifPresent(i -> steps.add("imputation " + i.method()));
    p.treatment().ifPresent(t -> steps.add("treatment " + t.method()));
    p.normalisation().ifPresent(n -> steps.add("normalisation " + n.method()
        + (n.parameters().asMap().isEmpty() ? "" : " " + n.parameters().asMap())));
    steps.add("weights " + p.weighting().source());
    steps.add("aggregation " + p.aggregation().method());
    return String.join(", ", steps);
  }

  static List<String> qualityNotes(ScoringInput in, Results r, Optional<UncertaintyResult> u,
      boolean uk) {
    List<String> notes = new ArrayList<>();
    if (in.isSynthetic()) {
      notes.add(uk ? "Усі значення СИНТЕТИЧНІ (SYNTHETIC): згенеровані із зерна "
              + in.synthetic().get().seed() + "; реальних вимірювань немає."
          : "All values are SYNTHETIC: generated from seed " + in.synthetic().get().seed()
              + "; nothing was measured.");
    }
    List<String> indicators = r.framework().indicators().stream().map(Node::code).toList();
    int cells = in.dataset().unitCount() * indicators.size();
    int missing = 0;
    for (String code : indicators) {
      for (double v : in.dataset().column(code)) {
        if (Double.isNaN(v)) {
          missing++;
        }
      }
    }
    notes.add(String.format(Locale.ROOT, uk
        ? "Відсутні значення: %d з %d (%.1f %%)." : "Missing values: %d of %d cells (%.1f %%).",
        missing, cells, cells == 0 ? 0.0 : 100.0 * missing / cells));
    List<IndicatorStatistics> stats = IndicatorStatistics.of(in.dataset().select(indicators));
    List<String> low = new ArrayList<>();
    List<String> outliers = new ArrayList<>();
    for (IndicatorStatistics s : stats) {
      if (s.lowAvailability()) {
        low.add(s.code() + String.format(Locale.ROOT, " (%.0f %%)", 100 * s.availableFraction()));
      }
      if (s.outliers()) {
        outliers.add(s.code());
      }
    }
    if (!low.isEmpty()) {
      notes.add((uk ? "Індикатори з низькою доступністю даних: "
          : "Indicators with low data availability: ") + list(low));
    }
    if (!outliers.isEmpty()) {
      notes.add((uk ? "Індикатори з викидами (асиметрія та ексцес понад пороги): "
          : "Indicators with outliers (skew and kurtosis above thresholds): ") + list(outliers));
    }
    Diagnostics d = r.diagnostics();
    if (!d.imputedCells().isEmpty()) {
      notes.add((uk ? "Заповнено значень: " : "Imputed cells: ") + d.imputedCells().size());
    }
    if (!d.treatedPoints().isEmpty()) {
      notes.add((uk ? "Оброблено викидів: " : "Treated outlier points: ")
          + d.treatedPoints().size());
    }
    for (Diagnostics.ScreenedUnit s : d.screenedUnits()) {
      notes.add((uk ? "Виключено: " : "Screened out: ") + s.unit() + " — " + s.reason());
    }
    int shown = 0;
    for (Diagnostics.Note n : d.notes()) {
      if (shown++ == MAX_LISTED) {
        notes.add((uk ? "… і ще приміток: " : "… and more notes: ")
            + (d.notes().size() - MAX_LISTED));
        break;
      }
      notes.add(n.place() + ": " + n.message());
    }
    in.kflc().ifPresent(k -> addKflcNotes(k, notes, uk));
    u.ifPresent(x -> {
      if (!x.failures().isEmpty()) {
        notes.add((uk ? "Невдалих повторень аналізу невизначеності: "
            : "Failed replications of the uncertainty analysis: ") + x.failures().size()
            + " / " + x.replications().size() + " (" + x.failures().get(0).failure().orElse("")
            + ")");
      }
    });
    return notes;
  }

  private static void addKflcNotes(KflcAssessment k, List<String> notes, boolean uk) {
    if (!k.omittedFeatures().isEmpty()) {
      notes.add((uk ? "Характеристики без даних (не враховано): "
          : "Key features without data (left out): ") + list(k.omittedFeatures()));
    }
    var results = k.score();
    int unrated = 0;
    for (var city : k.cities()) {
      unrated += results.unassessed(city).size();
    }
    notes.add((uk ? "Неоцінених пар місто–характеристика (пропущені, не нуль): "
        : "Unrated city and key-feature pairs (missing, not zero): ") + unrated);
  }

  private static String list(List<String> items) {
    if (items.size() <= MAX_LISTED) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, MAX_LISTED)) + " … (+"
        + (items.size() - MAX_LISTED) + ")";
  }
}
