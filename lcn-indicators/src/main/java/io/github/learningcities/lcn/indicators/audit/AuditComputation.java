package io.github.learningcities.lcn.indicators.audit;

import io.github.learningcities.lcn.indicators.analysis.AnalysisException;
import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.analysis.CronbachAlpha;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.analysis.PrincipalComponents;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.text.FixedDecimal;
import io.github.learningcities.lcn.indicators.uncertainty.Progress;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Computes the sections of an {@link Audit} and judges them by its thresholds. */
final class AuditComputation {
  private final Engine engine;
  private final Results results;
  private final AuditSpec spec;
  private final AuditThresholds t;
  private final Framework fw;
  private final Dataset aggregated;
  private final List<String> indicators;
  private final List<Finding> findings = new ArrayList<>();

  private final Progress progress;
  private List<Correlation> parentCorrelations = List.of();

  AuditComputation(Engine engine, Results results, AuditSpec spec, Progress progress) {
    this.engine = engine;
    this.results = results;
    this.spec = spec;
    this.t = spec.thresholds();
    this.fw = results.framework();
    this.aggregated = results.after(Step.AGGREGATION);
    this.indicators = fw.indicators().stream().map(Node::code).toList();
    this.progress = progress;
  }

  /** Computes every section in the audit's order, judging each as it comes. */
  Audit run() {
    Dataset raw = results.dataset().select(indicators);
    List<IndicatorStatistics> statistics = IndicatorStatistics.of(raw, t.statistics());
    DataAvailability availability = DataAvailability.of(fw, raw);
    judgeData(statistics, availability);
    CorrelationMatrix indicatorCorrelations = CorrelationMatrix.of(aggregated, indicators,
        CorrelationMethod.PEARSON);
    parentCorrelations = computeParentCorrelations();
    judgeSiblings();
    List<Reliability> reliability = computeReliability();
    List<WeightShare> weights = computeWeights();
    List<Importance> importance = ImportanceEstimator.estimate(fw, aggregated, weights, spec);
    judgeImportance(importance);
    Optional<UncertaintyResult> uncertainty = spec.uncertainty()
        .map(u -> UncertaintyAnalysis.run(engine, results, u, progress));
    uncertainty.ifPresent(this::judgeUncertainty);
    List<RemovalImpact> removals = computeRemovals();
    return Audit.ofSections(fw.root().code(), results.units().size(), t, statistics,
        availability, indicatorCorrelations, parentCorrelations, reliability, weights,
        importance, uncertainty, removals, findings);
  }

  static String f2(double v) {
    return FixedDecimal.format(v, 2);
  }

  private void add(Severity s, FindingKind kind, String place, double value, double threshold,
      String reason) {
    findings.add(new Finding(s, kind, place, value, threshold, reason));
  }

  private void judgeData(List<IndicatorStatistics> statistics,
      DataAvailability availability) {
    IndicatorStatistics.Thresholds st = t.statistics();
    for (IndicatorStatistics s : statistics) {
      String at = "indicator " + s.code() + ": ";
      if (s.lowAvailability()) {
        add(Severity.WARNING, FindingKind.LOW_AVAILABILITY, s.code(), s.availableFraction(),
            st.availability(), at + "values for a share of " + f2(s.availableFraction())
                + " of the units < " + f2(st.availability()));
      }
      if (s.lowNonZero()) {
        double v = s.nonZeroFraction().orElse(0);
        add(Severity.WARNING, FindingKind.LOW_NON_ZERO, s.code(), v, st.nonZero(),
            at + "share of non-zero values " + f2(v) + " < " + f2(st.nonZero()));
      }
      if (s.lowUnique()) {
        double v = s.uniqueFraction().orElse(0);
        add(Severity.WARNING, FindingKind.LOW_UNIQUE, s.code(), v, st.unique(),
            at + "share of distinct values " + f2(v) + " < " + f2(st.unique()));
      }
      if (s.outliers()) {
        double skew = s.skew().orElse(0);
        add(Severity.WARNING, FindingKind.OUTLIERS, s.code(), Math.abs(skew), st.skew(),
            at + "|skewness| " + f2(Math.abs(skew)) + " > " + f2(st.skew()) + " and kurtosis "
                + f2(s.kurtosis().orElse(0)) + " > " + f2(st.kurtosis())
                + " in the raw data: outliers may dominate the normalised values");
      }
    }
    for (DataAvailability.UnitAvailability u : availability.units()) {
      if (u.available() < t.unitAvailability()) {
        add(Severity.WARNING, FindingKind.UNIT_LOW_AVAILABILITY, u.unit(), u.available(),
            t.unitAvailability(), "unit " + u.unit() + ": values for a share of "
                + f2(u.available()) + " of the indicators < " + f2(t.unitAvailability()));
      }
    }
  }

  private String kindOf(String code) {
    return fw.children(code).isEmpty() ? "indicator " : "aggregate ";
  }

  private List<Correlation> computeParentCorrelations() {
    List<Correlation> out = new ArrayList<>();
    for (int level = 1; level < fw.levels(); level++) {
      for (Node n : fw.nodes()) {
        if (fw.level(n.code()) != level || n.parent().isEmpty()) {
          continue;
        }
        String p = n.parent().get();
        Correlation c = Correlation.of(p, aggregated.column(p), n.code(),
            aggregated.column(n.code()), CorrelationMethod.PEARSON);
        out.add(c);
        if (c.coefficient().isEmpty()) {
          continue;
        }
        double r = c.coefficient().getAsDouble();
        String at = kindOf(n.code()) + n.code() + ": correlation " + f2(r) + " with its parent "
            + p;
        if (r < 0) {
          add(Severity.CRITICAL, FindingKind.NEGATIVE_PARENT_CORRELATION, n.code(), r, 0,
              at + " < 0: it pulls against the aggregate it belongs to");
        } else if (r < t.weakParentCorrelation()) {
          add(Severity.WARNING, FindingKind.WEAK_PARENT_CORRELATION, n.code(), r,
              t.weakParentCorrelation(), at + " < " + f2(t.weakParentCorrelation())
                  + ": it is not well represented by the aggregate");
        }
      }
    }
    return out;
  }

  private List<Node> aggregatesBottomUp() {
    List<Node> out = new ArrayList<>();
    for (int level = 2; level <= fw.levels(); level++) {
      for (Node n : fw.nodes()) {
        if (fw.level(n.code()) == level && !fw.children(n.code()).isEmpty()) {
          out.add(n);
        }
      }
    }
    return out;
  }

  private void judgeSiblings() {
    for (Node a : aggregatesBottomUp()) {
      List<Node> kids = fw.children(a.code());
      for (int i = 0; i < kids.size(); i++) {
        for (int j = i + 1; j < kids.size(); j++) {
          String x = kids.get(i).code();
          String y = kids.get(j).code();
          Correlation c = Correlation.of(x, aggregated.column(x), y, aggregated.column(y),
              CorrelationMethod.PEARSON);
          if (c.coefficient().isEmpty()) {
            continue;
          }
          double r = c.coefficient().getAsDouble();
          String place = x + "~" + y;
          String at = x + " and " + y + " (in " + a.code() + "): correlation " + f2(r);
          if (r > t.collinearCritical()) {
            add(Severity.CRITICAL, FindingKind.COLLINEAR_PAIR, place, r, t.collinearCritical(),
                at + " > " + f2(t.collinearCritical()) + ": they may measure the same thing"
                    + " and count it twice");
          } else if (r > t.collinearWarning()) {
            add(Severity.WARNING, FindingKind.COLLINEAR_PAIR, place, r, t.collinearWarning(),
                at + " > " + f2(t.collinearWarning()) + ": they may measure the same thing");
          } else if (r < t.negativePair()) {
            add(Severity.WARNING, FindingKind.NEGATIVE_PAIR, place, r, t.negativePair(),
                at + " < " + f2(t.negativePair()) + ": a trade-off that the aggregate hides");
          }
        }
      }
    }
  }

  private List<Reliability> computeReliability() {
    List<Reliability> out = new ArrayList<>();
    for (Node a : aggregatesBottomUp()) {
      List<String> items = fw.children(a.code()).stream().map(Node::code).toList();
      if (items.size() < 2) {
        continue;
      }
      OptionalDouble alpha = CronbachAlpha.of(aggregated, items).alpha();
      List<Double> variances = List.of();
      int used = 0;
      Optional<String> failure = Optional.empty();
      try {
        PrincipalComponents pca = PrincipalComponents.of(aggregated, items);
        variances = Arrays.stream(pca.variances()).boxed().toList();
        used = pca.unitsUsed().size();
      } catch (AnalysisException e) {
        failure = Optional.of(e.getMessage());
      }
      Reliability r = new Reliability(a.code(), fw.level(a.code()), items, alpha, variances,
          used, failure);
      out.add(r);
      String at = "aggregate " + a.code() + ": ";
      if (alpha.isPresent() && alpha.getAsDouble() < t.alpha()) {
        add(Severity.WARNING, FindingKind.LOW_ALPHA, a.code(), alpha.getAsDouble(), t.alpha(),
            at + "Cronbach's alpha " + f2(alpha.getAsDouble()) + " < " + f2(t.alpha())
                + weakestChild(a.code()));
      }
      if (failure.isPresent()) {
        add(Severity.INFO, FindingKind.RELIABILITY_UNAVAILABLE, a.code(), used, 2,
            at + "no principal components: " + failure.get());
        continue;
      }
      OptionalDouble share = r.firstComponentShare();
      if (share.isPresent() && share.getAsDouble() < t.firstComponentShare()) {
        add(Severity.WARNING, FindingKind.LOW_FIRST_COMPONENT, a.code(), share.getAsDouble(),
            t.firstComponentShare(), at + "the first principal component explains "
                + f2(share.getAsDouble()) + " of the variance < " + f2(t.firstComponentShare()));
      }
      if (r.componentsAboveOne() > 1) {
        add(Severity.INFO, FindingKind.SEVERAL_COMPONENTS, a.code(), r.componentsAboveOne(), 1,
            at + r.componentsAboveOne() + " principal components have an eigenvalue above 1:"
                + " its children measure more than one dimension");
      }
    }
    return out;
  }

  /** "; indicator X correlates -0.32 with its aggregate" for the child least correlated. */
  private String weakestChild(String aggregate) {
    Correlation weakest = null;
    for (Correlation c : parentCorrelations) {
      if (c.first().equals(aggregate) && c.coefficient().isPresent() && (weakest == null
          || c.coefficient().getAsDouble() < weakest.coefficient().getAsDouble())) {
        weakest = c;
      }
    }
    return weakest == null ? "" : "; " + kindOf(weakest.second()).trim() + " "
        + weakest.second() + " correlates " + f2(weakest.coefficient().getAsDouble())
        + " with it";
  }

  private List<WeightShare> computeWeights() {
    Map<String, Double> nominal = results.weights();
    EffectiveWeights eff = EffectiveWeights.of(results);
    List<WeightShare> out = new ArrayList<>();
    for (Node n : fw.nodes()) {
      if (n.parent().isEmpty()) {
        continue;
      }
      double sum = 0;
      for (Node s : fw.children(n.parent().get())) {
        sum += nominal.get(s.code());
      }
      double share = sum > 0 ? nominal.get(n.code()) / sum : 0;
      out.add(new WeightShare(n.code(), fw.level(n.code()), Math.min(1, share),
          Math.min(1, eff.weight(n.code()))));
    }
    double equal = 1.0 / indicators.size();
    for (WeightShare w : out) {
      if (w.level() != 1 || !fw.children(w.node()).isEmpty()) {
        continue;
      }
      double ratio = w.effective() / equal;
      if (ratio > t.weightRatio() || ratio < 1 / t.weightRatio()) {
        add(Severity.INFO, FindingKind.WEIGHT_DILUTED, w.node(), w.effective(), equal,
            "indicator " + w.node() + ": effective weight " + f3(w.effective()) + " is "
                + f2(ratio) + " times an equal share " + f3(equal)
                + " of the index (the framework's structure, not its nominal weights)");
      }
    }
    return out;
  }

  static String f3(double v) {
    return FixedDecimal.format(v, 3);
  }

  private void judgeImportance(List<Importance> importance) {
    for (Importance imp : importance) {
      if (imp.share().isEmpty() || imp.weightShare() <= 0) {
        continue;
      }
      double share = imp.share().getAsDouble();
      double ratio = share / imp.weightShare();
      String at = "indicator " + imp.indicator() + ": importance share " + f3(share)
          + " (correlation ratio " + f3(imp.ratio().getAsDouble()) + ") is " + f2(ratio)
          + " times its weight share " + f3(imp.weightShare());
      if (ratio > t.importanceRatio()) {
        add(Severity.WARNING, FindingKind.IMPORTANCE_ABOVE_WEIGHT, imp.indicator(), share,
            imp.weightShare(), at + " > " + f2(t.importanceRatio())
                + ": it drives the index more than its weight says");
      } else if (ratio < 1 / t.importanceRatio()) {
        add(Severity.WARNING, FindingKind.IMPORTANCE_BELOW_WEIGHT, imp.indicator(), share,
            imp.weightShare(), at + " < " + f2(1 / t.importanceRatio())
                + ": it drives the index less than its weight says");
      }
    }
  }

  private void judgeUncertainty(UncertaintyResult u) {
    int failed = u.failures().size();
    if (failed > 0) {
      add(Severity.WARNING, FindingKind.FAILED_REPLICATIONS, u.node(),
          (double) failed / u.replications().size(), 0,
          "uncertainty analysis of " + u.node() + ": " + failed + " of "
              + u.replications().size() + " replications failed > 0");
    }
    int n = u.units().size();
    double limit = t.rankIntervalWidth() * n;
    for (UnitUncertainty uu : u.units()) {
      double width = uu.rankQ95() - uu.rankQ05();
      if (Double.isFinite(width) && width > limit) {
        add(Severity.WARNING, FindingKind.WIDE_RANK_INTERVAL, uu.unit(), width, limit,
            "unit " + uu.unit() + ": rank interval " + f2(uu.rankQ05()) + " to "
                + f2(uu.rankQ95()) + " spans " + f2(width) + " ranks > " + f2(limit) + " ("
                + f2(t.rankIntervalWidth()) + " of " + n + " units)");
      }
    }
    u.sensitivity().ifPresent(s -> {
      for (SobolIndices si : s.meanAbsoluteRankChange()) {
        if (Double.isFinite(si.first()) && si.first() >= t.dominantFactor()) {
          add(Severity.INFO, FindingKind.DOMINANT_FACTOR, si.factor(), si.first(),
              t.dominantFactor(), "factor " + si.factor() + ": first-order Sobol index "
                  + f2(si.first()) + " >= " + f2(t.dominantFactor())
                  + " of the rank shifts: this choice settles most of the ranks");
        }
      }
    });
  }

  private List<RemovalImpact> computeRemovals() {
    List<RemovalImpact> out = new ArrayList<>();
    double limit = t.removalShift() * results.units().size();
    for (int level = 1; level < fw.levels(); level++) {
      for (RemovalImpact r : RemovalImpact.ofLevel(engine, results, level)) {
        out.add(r);
        String at = kindOf(r.element()) + r.element() + ": ";
        if (r.failure().isPresent()) {
          add(Severity.INFO, FindingKind.REMOVAL_IMPOSSIBLE, r.element(), 0, 0,
              at + "cannot be removed: " + r.failure().get());
        } else if (r.meanAbsoluteRankChange().isPresent()
            && r.meanAbsoluteRankChange().getAsDouble() > limit) {
          double m = r.meanAbsoluteRankChange().getAsDouble();
          add(Severity.INFO, FindingKind.LARGE_REMOVAL_SHIFT, r.element(), m, limit,
              at + "removing it moves the units of " + r.target() + " by " + f2(m)
                  + " ranks on average > " + f2(limit) + " (" + f2(t.removalShift()) + " of "
                  + results.units().size() + " units)");
        }
      }
    }
    return out;
  }
}
