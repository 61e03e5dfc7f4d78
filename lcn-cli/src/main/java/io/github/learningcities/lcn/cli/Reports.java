package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.report.ReportContent;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.text.FixedDecimal;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assembles the report's content from a scored input, in the language's catalogue. */
final class Reports {
  private static final int MAX_LISTED = 25;

  private Reports() {}

  static ReportContent content(ScoringInput in, Results r, Optional<UncertaintyResult> u,
      Optional<ReportContent.Commitments> commitments, String language) {
    Messages m = Messages.of(language);
    return new ReportContent(language, in.title(), in.isSynthetic(), in.source(),
        describe(r.pipeline(), m), r, u, in.nodeLabels(), in.unitLabels(),
        profileNodes(r.framework()), commitments, qualityNotes(in, r, u, m));
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

  static String describe(Pipeline p, Messages m) {
    List<String> steps = new ArrayList<>();
    p.imputation().ifPresent(i -> steps.add(m.text("method.imputation",
        MethodLabels.describe(m, MethodKind.IMPUTATION, i.method(), i.parameters()))));
    p.treatment().ifPresent(t -> steps.add(m.text("method.treatment",
        MethodLabels.describe(m, MethodKind.TREATMENT, t.method(), t.parameters()))));
    p.normalisation().ifPresent(n -> steps.add(m.text("method.normalisation",
        MethodLabels.describe(m, MethodKind.NORMALISATION, n.method(), n.parameters()))));
    steps.add(m.text("method.weights", m.find("label.weights." + p.weighting().source())
        .orElse(p.weighting().source())));
    steps.add(m.text("method.aggregation", MethodLabels.describe(m, MethodKind.AGGREGATION,
        p.aggregation().method(), p.aggregation().parameters())));
    return String.join(m.text("method.separator"), steps);
  }

  static List<String> qualityNotes(ScoringInput in, Results r, Optional<UncertaintyResult> u,
      Messages m) {
    List<String> notes = new ArrayList<>();
    if (in.isSynthetic()) {
      notes.add(m.text("quality.synthetic", in.synthetic().get().seed()));
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
    notes.add(m.text("quality.missing", missing, cells,
        cells == 0 ? 0.0 : 100.0 * missing / cells));
    List<IndicatorStatistics> stats = IndicatorStatistics.of(in.dataset().select(indicators));
    List<String> low = new ArrayList<>();
    List<String> outliers = new ArrayList<>();
    for (IndicatorStatistics s : stats) {
      if (s.lowAvailability()) {
        low.add(s.code() + " (" + FixedDecimal.format(100 * s.availableFraction(), 0) + " %)");
      }
      if (s.outliers()) {
        outliers.add(s.code());
      }
    }
    if (!low.isEmpty()) {
      notes.add(m.text("quality.low-availability", list(low)));
    }
    if (!outliers.isEmpty()) {
      notes.add(m.text("quality.outliers", list(outliers)));
    }
    Diagnostics d = r.diagnostics();
    if (!d.imputedCells().isEmpty()) {
      notes.add(m.text("quality.imputed", d.imputedCells().size()));
    }
    if (!d.treatedPoints().isEmpty()) {
      notes.add(m.text("quality.treated", d.treatedPoints().size()));
    }
    for (Diagnostics.ScreenedUnit s : d.screenedUnits()) {
      notes.add(m.text("quality.screened", s.unit(), s.reason()));
    }
    int shown = 0;
    for (Diagnostics.Note n : d.notes()) {
      if (shown++ == MAX_LISTED) {
        notes.add(m.text("quality.more-notes", d.notes().size() - MAX_LISTED));
        break;
      }
      notes.add(m.note(n));
    }
    in.kflc().ifPresent(k -> addKflcNotes(k, notes, m));
    u.ifPresent(x -> {
      if (!x.failures().isEmpty()) {
        notes.add(m.text("quality.failures", x.failures().size(), x.replications().size(),
            x.failures().get(0).failure().orElse("")));
      }
    });
    return notes;
  }

  private static void addKflcNotes(KflcAssessment k, List<String> notes, Messages m) {
    if (!k.omittedFeatures().isEmpty()) {
      notes.add(m.text("quality.kflc-omitted", list(k.omittedFeatures())));
    }
    var results = k.score();
    int unrated = 0;
    for (var city : k.cities()) {
      unrated += results.unassessed(city).size();
    }
    notes.add(m.text("quality.kflc-unrated", unrated));
  }

  private static String list(List<String> items) {
    if (items.size() <= MAX_LISTED) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, MAX_LISTED)) + " … (+"
        + (items.size() - MAX_LISTED) + ")";
  }
}
