package io.github.learningcities.lcn.indicators.engine;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.ImputedCell;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.IndicatorTreatment;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.Note;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.ScreenedUnit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.TreatedPoint;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.AffineColumn;
import io.github.learningcities.lcn.indicators.internal.DatasetColumns;
import io.github.learningcities.lcn.indicators.internal.DirectedNormaliser;
import io.github.learningcities.lcn.indicators.internal.FrameworkIndex;
import io.github.learningcities.lcn.indicators.internal.IMetaParameters;
import io.github.learningcities.lcn.indicators.internal.OutlierTreatment;
import io.github.learningcities.lcn.indicators.internal.PresenceAggregator;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Imputer;
import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.Normaliser;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.method.Statistics;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Runs pipelines. Immutable and thread-safe: one engine can serve many threads.
 *
 * <pre>{@code
 * Results results = Engine.standard().run(framework, dataset, Pipeline.coinrDefault());
 * results.ranks("Index");
 * Results geometric = Engine.standard().regenerate(results,
 *     results.pipeline().withNormalisation(Normalisation.minMax(1, 100))
 *         .withAggregation(Aggregation.geometric()));
 * }</pre>
 *
 * <p>A run either returns complete results or throws an {@link IndicatorsException} naming the
 * node, indicator or unit at fault; it never returns partial results. It validates first that
 * every indicator of the framework has a column in the dataset and that every method the
 * pipeline names exists.
 *
 * <p>A run logs nothing (it does not start SLF4J): what it did is in the results it returns,
 * {@link Results#diagnostics()} (per step: {@link Results#diagnostics(Step)}) and
 * {@link Results#recomputedFrom()}.
 *
 * @since 0.1.0
 */
public final class Engine {
  private static final Engine STANDARD = new Engine(MethodRegistry.standard());
  private static final String BUILT_IN_PACKAGE = DatasetColumns.class.getPackageName();
  /**
   * The treatments the engine runs itself (MethodRegistry's built-in treatment names); any
   * other treatment is a transformer, which gets copies of the input columns.
   */
  private static final Set<String> BUILT_IN_TREATMENTS = Set.of("none", "coinr", "boxcox", "log");

  private final MethodRegistry methods;

  private Engine(MethodRegistry methods) {
    this.methods = methods;
  }

  /**
   * Returns the engine with the built-in methods.
   *
   * @return the standard engine
   */
  public static Engine standard() {
    return STANDARD;
  }

  /**
   * Returns an engine that also knows the user's registered methods.
   *
   * @param methods the registry
   * @return the engine
   */
  public static Engine using(MethodRegistry methods) {
    return new Engine(Objects.requireNonNull(methods, "methods"));
  }

  /**
   * Returns the methods this engine knows.
   *
   * @return the registry
   */
  public MethodRegistry methods() {
    return methods;
  }

  /**
   * Runs a pipeline.
   *
   * @param framework the framework
   * @param dataset the data; it must have a column for every indicator of the framework
   * @param pipeline the pipeline
   * @return the results
   * @throws IndicatorsException if an input is invalid or a method cannot be applied
   */
  public Results run(Framework framework, Dataset dataset, Pipeline pipeline) {
    return new Computation(framework, dataset, pipeline, null, Step.DENOMINATION).results();
  }

  /**
   * Runs a changed pipeline on the same framework and data, recomputing only from the first
   * step that differs (a change of weights or aggregation re-aggregates the normalised data).
   * When this engine's registry computed the earlier results, the methods of the steps they
   * share are not checked again (they passed then); the results, and any error, are those of a
   * full run of the changed pipeline.
   *
   * @param previous earlier results
   * @param changed the changed pipeline
   * @return the new results; {@link Results#recomputedFrom()} says where recomputation started
   * @throws IndicatorsException if the changed pipeline cannot be applied
   */
  public Results regenerate(Results previous, Pipeline changed) {
    Pipeline old = previous.pipeline();
    Step from;
    if (!old.denomination().equals(changed.denomination())) {
      from = Step.DENOMINATION;
    } else if (!old.screening().equals(changed.screening())) {
      from = Step.SCREENING;
    } else if (!old.imputation().equals(changed.imputation())) {
      from = Step.IMPUTATION;
    } else if (!old.treatment().equals(changed.treatment())) {
      from = Step.TREATMENT;
    } else if (!old.normalisation().equals(changed.normalisation())) {
      from = Step.NORMALISATION;
    } else {
      from = Step.AGGREGATION;
    }
    return new Computation(previous.framework(), previous.dataset(), changed, previous, from)
        .results();
  }

  /**
   * Runs a pipeline on a framework with other weights but the same data, re-aggregating only.
   *
   * @param previous earlier results
   * @param framework the same framework with other node weights
   * @return the new results
   * @throws IndicatorsException if the framework's structure differs from the previous one
   */
  public Results reweight(Results previous, Framework framework) {
    List<Node> a = previous.framework().nodes();
    List<Node> b = framework.nodes();
    boolean same = a.size() == b.size();
    for (int i = 0; same && i < a.size(); i++) {
      same = a.get(i).withWeight(0).equals(b.get(i).withWeight(0));
    }
    if (!same) {
      throw new IndicatorsException("reweight needs the same framework with other weights only; "
          + "run the pipeline again for a changed structure");
    }
    return new Computation(framework, previous.dataset(), previous.pipeline(), previous,
        Step.AGGREGATION).results();
  }

  /** Each unit's group index for one group variable, and the sorted group names. */
  private record GroupIndex(int[] ids, List<String> names) {}

  /**
   * Stage outputs kept in results so that regeneration can start part-way, with the registry
   * whose checks the run's methods passed and the framework's index. The normalised columns
   * ({@code normalisedColumns}) may be unwritten until requested; {@code scores} then has null
   * at those leaves' positions, and {@link #scores()} and {@link #score(int)} write them.
   */
  record State(
      List<Unit> allUnits,
      double[][] raw,
      double[][] denominated,
      Diagnostics denominationDiagnostics,
      int[] keptRows,
      Diagnostics screeningDiagnostics,
      double[][] imputed,
      Diagnostics imputationDiagnostics,
      double[][] treated,
      Diagnostics treatmentDiagnostics,
      LeafColumns normalisedColumns,
      Diagnostics normalisationDiagnostics,
      double[][] scores,
      double[] nodeWeights,
      Diagnostics aggregationDiagnostics,
      Step recomputedFrom,
      double[][][] unitWeights,
      MethodRegistry checkedBy,
      FrameworkIndex index) {

    /** Every node's scores (a new table of the shared columns), leaves written as needed. */
    @Override
    public double[][] scores() {
      double[][] out = scores.clone();
      for (int i = 0; i < out.length; i++) {
        if (out[i] == null) {
          out[i] = score(i);
        }
      }
      return out;
    }

    /** The scores of the node at {@code node}, a leaf's written on the first request. */
    double[] score(int node) {
      double[] s = scores[node];
      return s != null ? s : normalisedColumns.column(normalisedColumns.leafOfNode(node));
    }

    /** Every leaf's normalised column (a new table of the shared columns). */
    double[][] normalised() {
      return normalisedColumns.all();
    }
  }

  /** One run. */
  private final class Computation {
    private final Framework fw;
    private final Dataset data;
    private final Pipeline pipeline;
    private final List<Node> leaves;
    private final int nLeaves;
    private final FrameworkIndex index;
    private final Map<String, GroupIndex> groupIndexes = new HashMap<>();
    /** The run's normalised columns, some perhaps unwritten (set before aggregation). */
    private LeafColumns leafColumns;
    /** Scratch columns for unwritten leaves, one per child slot, reused node after node. */
    private double[][] scratch = new double[0][];
    /** Whether every method the run uses is built in (none of them sees the data otherwise). */
    private boolean builtInOnly = true;
    private State state;

    Computation(Framework fw, Dataset data, Pipeline pipeline, Results before, Step from) {
      this.fw = Objects.requireNonNull(fw, "framework");
      this.data = Objects.requireNonNull(data, "dataset");
      this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
      this.leaves = fw.indicators();
      this.nLeaves = leaves.size();
      State previous = before == null ? null : before.state();
      this.index = previous == null ? FrameworkIndex.of(fw) : previous.index().reuseFor(fw);
      checkMethods(before, from);
      Diagnostics none = new Diagnostics(List.of(), List.of(), List.of(), List.of(), List.of());
      List<Unit> units = data.units();
      double[][] raw;
      double[][] den;
      Diagnostics dd;
      if (previous == null || from.compareTo(Step.DENOMINATION) <= 0) {
        raw = new double[nLeaves][];
        for (int j = 0; j < nLeaves; j++) {
          String code = leaves.get(j).code();
          if (!data.hasIndicator(code)) {
            throw new IndicatorsException("indicator '" + code + "' of the framework has no "
                + "column in the dataset; expected data for every indicator (leaf) node");
          }
          // Built-in methods only read their input: the dataset's own arrays serve, uncopied.
          raw[j] = builtInOnly ? DatasetColumns.shared(data, code) : data.column(code);
        }
        List<Note> notes = new ArrayList<>();
        // Plain conditionals rather than Optional.map with a lambda on this path: each lambda
        // is linked on its first run, a fraction of a millisecond of a short command.
        Optional<Denomination> denomination = pipeline.denomination();
        den = denomination.isPresent() ? denominate(raw, units, denomination.get(), notes) : raw;
        dd = new Diagnostics(List.of(), List.of(), List.of(), List.of(), notes);
      } else {
        raw = previous.raw();
        den = previous.denominated();
        dd = previous.denominationDiagnostics();
      }
      int[] kept;
      Diagnostics sd;
      if (previous == null || from.compareTo(Step.SCREENING) <= 0) {
        List<ScreenedUnit> screened = new ArrayList<>();
        Optional<Screening> screening = pipeline.screening();
        kept = screening.isPresent() ? screen(den, units, screening.get(), screened)
            : allRows(units.size());
        sd = new Diagnostics(List.of(), List.of(), List.of(), screened, List.of());
      } else {
        kept = previous.keptRows();
        sd = previous.screeningDiagnostics();
      }
      List<Unit> keptUnits;
      if (previous != null && from.compareTo(Step.SCREENING) > 0) {
        keptUnits = before.units();
      } else if (kept.length == units.size()) {
        keptUnits = units; // every unit kept, in order: the dataset's own immutable list
      } else {
        keptUnits = new ArrayList<>(kept.length);
        for (int r : kept) {
          keptUnits.add(units.get(r));
        }
      }
      double[][] imp;
      Diagnostics id;
      if (previous == null || from.compareTo(Step.IMPUTATION) <= 0) {
        double[][] rows = selectRows(den, kept);
        List<ImputedCell> cells = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Optional<Imputation> imputation = pipeline.imputation();
        imp = imputation.isPresent() ? impute(rows, keptUnits, imputation.get(), cells, notes)
            : rows;
        id = new Diagnostics(cells, List.of(), List.of(), List.of(), notes);
      } else {
        imp = previous.imputed();
        id = previous.imputationDiagnostics();
      }
      double[][] tre;
      Diagnostics td;
      if (previous == null || from.compareTo(Step.TREATMENT) <= 0) {
        List<TreatedPoint> points = new ArrayList<>();
        List<IndicatorTreatment> summaries = new ArrayList<>();
        Optional<Treatment> treatment = pipeline.treatment();
        tre = treatment.isPresent() ? treat(imp, keptUnits, treatment.get(), points, summaries)
            : imp;
        td = new Diagnostics(List.of(), points, summaries, List.of(), List.of());
      } else {
        tre = previous.treated();
        td = previous.treatmentDiagnostics();
      }
      LeafColumns norm;
      Diagnostics nd;
      if (previous == null || from.compareTo(Step.NORMALISATION) <= 0) {
        List<Note> notes = new ArrayList<>();
        norm = normalise(tre, keptUnits, notes);
        nd = new Diagnostics(List.of(), List.of(), List.of(), List.of(), notes);
      } else {
        // a regeneration reuses the columns, written once in the shared table: every later
        // regeneration from the same results reads them as a full run's aggregation would
        norm = previous.normalisedColumns();
        norm.all();
        nd = previous.normalisationDiagnostics();
      }
      List<Note> aggNotes = new ArrayList<>();
      double[] weights = resolveWeights();
      double[][][] unitWeights = new double[fw.nodes().size()][][];
      double[][] scores = aggregate(norm, keptUnits, weights, aggNotes, unitWeights);
      Diagnostics ad = new Diagnostics(List.of(), List.of(), List.of(), List.of(), aggNotes);
      this.state = new State(units, raw, den, dd, kept, sd, imp, id, tre, td, norm, nd, scores,
          weights, ad, previous == null ? Step.DENOMINATION : from, unitWeights, methods, index);
    }

    Results results() {
      return new Results(fw, data, pipeline, state);
    }

    /**
     * Checks that every method the pipeline and the framework name exists and takes the given
     * parameters. A regeneration by the same registry skips the checks of the steps it reuses:
     * the earlier run passed them with the same specifications (an uncertainty analysis would
     * otherwise repeat them for every replication). It never skips a full run's checks, which
     * also tell whether the dataset's columns may be shared uncopied.
     */
    private void checkMethods(Results before, Step from) {
      boolean reused = before != null && before.state().checkedBy() == methods
          && from.compareTo(Step.DENOMINATION) > 0;
      Step first = reused ? from : Step.DENOMINATION;
      checkDataSteps(first);
      Aggregation agg = pipeline.aggregation();
      if (!reused || !before.pipeline().aggregation().equals(agg)) {
        methods.check(MethodKind.AGGREGATION, "aggregation", agg.method(), agg.parameters());
        builtIn(methods.aggregator(agg.method()));
      }
      if (!reused) {
        for (Node node : fw.nodes()) {
          Optional<Aggregation> own = node.aggregation();
          if (own.isPresent()) {
            Aggregation a = own.get();
            methods.check(MethodKind.AGGREGATION, "aggregation of node '" + node.code() + "'",
                a.method(), a.parameters());
            builtIn(methods.aggregator(a.method()));
          }
        }
      }
      if (first.compareTo(Step.IMPUTATION) <= 0) {
        Optional<Imputation> i = pipeline.imputation();
        checkOverrides(i.isPresent() ? i.get().overrides().keySet() : Set.of(), "imputation");
      }
      if (first.compareTo(Step.TREATMENT) <= 0) {
        Optional<Treatment> t = pipeline.treatment();
        checkOverrides(t.isPresent() ? t.get().overrides().keySet() : Set.of(), "treatment");
      }
      if (first.compareTo(Step.NORMALISATION) <= 0) {
        Optional<Normalisation> n = pipeline.normalisation();
        checkOverrides(n.isPresent() ? n.get().overrides().keySet() : Set.of(), "normalisation");
      }
    }

    /** The method checks of imputation, treatment and normalisation from step {@code first}. */
    private void checkDataSteps(Step first) {
      if (first.compareTo(Step.IMPUTATION) <= 0) {
        Optional<Imputation> imputation = pipeline.imputation();
        if (imputation.isPresent()) {
          Imputation i = imputation.get();
          checkStep(MethodKind.IMPUTATION, i.method(), i.parameters());
          for (Map.Entry<String, Imputation> e : i.overrides().entrySet()) {
            checkOverride(MethodKind.IMPUTATION, e.getKey(), e.getValue().method(),
                e.getValue().parameters());
          }
          builtIn(methods.imputer(i.method()));
          for (Imputation o : i.overrides().values()) {
            builtIn(methods.imputer(o.method()));
          }
        }
      }
      if (first.compareTo(Step.TREATMENT) <= 0) {
        Optional<Treatment> treatment = pipeline.treatment();
        if (treatment.isPresent()) {
          Treatment t = treatment.get();
          checkStep(MethodKind.TREATMENT, t.method(), t.parameters());
          for (Map.Entry<String, Treatment> e : t.overrides().entrySet()) {
            checkOverride(MethodKind.TREATMENT, e.getKey(), e.getValue().method(),
                e.getValue().parameters());
          }
          checkTreatment(t.method());
          for (Treatment o : t.overrides().values()) {
            checkTreatment(o.method());
          }
        }
      }
      if (first.compareTo(Step.NORMALISATION) <= 0) {
        Optional<Normalisation> normalisation = pipeline.normalisation();
        if (normalisation.isPresent()) {
          Normalisation n = normalisation.get();
          checkStep(MethodKind.NORMALISATION, n.method(), n.parameters());
          for (Map.Entry<String, Normalisation> e : n.overrides().entrySet()) {
            checkOverride(MethodKind.NORMALISATION, e.getKey(), e.getValue().method(),
                e.getValue().parameters());
          }
          builtIn(methods.normaliser(n.method()));
          for (Normalisation o : n.overrides().values()) {
            builtIn(methods.normaliser(o.method()));
          }
          IMetaParameters.requireResolved(n, fw.indicators());
        }
      }
    }

    private void builtIn(Object method) {
      if (!method.getClass().getPackageName().equals(BUILT_IN_PACKAGE)) {
        builtInOnly = false;
      }
    }

    /** The method exists (checkStep asked the registry); only whether it is built in is left. */
    private void checkTreatment(String method) {
      if (!BUILT_IN_TREATMENTS.contains(method)) {
        builtInOnly = false;
      }
    }

    /*
     * A step's method, then each override's, checked by its caller in a loop (the three kinds
     * of step share no type to read method and parameters through; accessor functions would
     * link call sites on every run).
     */
    private void checkStep(MethodKind kind, String method, Parameters parameters) {
      methods.check(kind, kind.step(), method, parameters);
    }

    private void checkOverride(MethodKind kind, String code, String method,
        Parameters parameters) {
      methods.check(kind, kind.step() + " override of '" + code + "'", method, parameters);
    }

    private void checkOverrides(Iterable<String> codes, String step) {
      for (String code : codes) {
        Optional<Node> n = fw.node(code);
        if (n.isEmpty() || !fw.children(code).isEmpty()) {
          throw new IndicatorsException("the " + step + " override names '" + code
              + "', which is not an indicator of the framework");
        }
      }
    }

    private int[] allRows(int n) {
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        r[i] = i;
      }
      return r;
    }

    private double[][] selectRows(double[][] m, int[] rows) {
      if (rows.length == (m.length == 0 ? 0 : m[0].length)) {
        return m;
      }
      double[][] out = new double[m.length][rows.length];
      for (int j = 0; j < m.length; j++) {
        for (int i = 0; i < rows.length; i++) {
          out[j][i] = m[j][rows[i]];
        }
      }
      return out;
    }

    private double[][] denominate(double[][] raw, List<Unit> units, Denomination d,
        List<Note> notes) {
      double[][] out = new double[nLeaves][];
      for (int j = 0; j < nLeaves; j++) {
        Node leaf = leaves.get(j);
        Optional<String> denom = d.denominators().isEmpty() ? leaf.denominator()
            : Optional.ofNullable(d.denominators().get(leaf.code()));
        if (denom.isEmpty()) {
          out[j] = raw[j];
          continue;
        }
        double scale = d.scaleFactor(leaf.code());
        double[] col = new double[units.size()];
        for (int i = 0; i < col.length; i++) {
          Double dv = units.get(i).denominators().get(denom.get());
          if (Double.isNaN(raw[j][i])) {
            col[i] = Double.NaN;
          } else if (dv == null || dv == 0) {
            col[i] = Double.NaN;
            notes.add(new Note("missing-denominator", leaf.code(),
                Optional.of(units.get(i).code()), "denominator '" + denom.get() + "' is "
                    + (dv == null ? "missing" : "0") + ", so the denominated value is missing"));
          } else {
            col[i] = denominated(raw[j][i], dv, scale, leaf.code(), denom.get(),
                units.get(i).code());
          }
        }
        out[j] = col;
      }
      return out;
    }

    /**
     * value / (denominator / scale); where that quotient overflows or the divisor underflows
     * (extreme denominators or scale factors), value / denominator * scale, and a typed error
     * when the denominated value itself is beyond the largest double.
     */
    private double denominated(double value, double denominator, double scale,
        String indicator, String variable, String unit) {
      double q = value / (denominator / scale);
      if (Math.abs(q) <= Double.MAX_VALUE && (q != 0 || value == 0)) {
        return q;
      }
      q = value / denominator * scale;
      if (!(Math.abs(q) <= Double.MAX_VALUE)) {
        throw new IndicatorsException("indicator '" + indicator + "', unit '" + unit + "': "
            + value + " divided by denominator '" + variable + "' = " + denominator
            + " (scale factor " + scale + ") is beyond the largest double "
            + Double.MAX_VALUE + "; expected a denominator and scale factor that keep the "
            + "denominated value finite");
      }
      return q;
    }

    private int[] screen(double[][] m, List<Unit> units, Screening s,
        List<ScreenedUnit> screened) {
      int[] keep = new int[units.size()];
      int k = 0;
      for (int i = 0; i < units.size(); i++) {
        String code = units.get(i).code();
        int present = 0;
        int nonZero = 0;
        for (int j = 0; j < nLeaves; j++) {
          double v = m[j][i];
          if (!Double.isNaN(v)) {
            present++;
            if (v != 0) {
              nonZero++;
            }
          }
        }
        double avail = nLeaves == 0 ? 1 : (double) present / nLeaves;
        double nz = nLeaves == 0 ? 1 : (double) nonZero / nLeaves;
        String reason = null;
        boolean byMissing = s.rule() != Screening.Rule.BY_ZEROS;
        boolean byZeros = s.rule() != Screening.Rule.BY_MISSING;
        if (byMissing && avail < s.availabilityThreshold()) {
          reason = "data availability " + present + "/" + nLeaves + " is below the threshold "
              + s.availabilityThreshold();
        } else if (byZeros && nz < s.nonZeroThreshold()) {
          reason = "share of non-zero values " + nonZero + "/" + nLeaves
              + " is below the threshold " + s.nonZeroThreshold();
        }
        if (s.forceExclude().contains(code)) {
          reason = "forced out";
        } else if (s.forceInclude().contains(code)) {
          reason = null;
        }
        if (reason == null) {
          keep[k++] = i;
        } else {
          screened.add(new ScreenedUnit(code, reason));
        }
      }
      if (k == 0) {
        throw new IndicatorsException("screening removed every unit; lower the thresholds or "
            + "force some units in");
      }
      return Arrays.copyOf(keep, k);
    }

    private double[][] impute(double[][] m, List<Unit> units, Imputation spec,
        List<ImputedCell> cells, List<Note> notes) {
      double[][] out = new double[nLeaves][];
      List<String> codes = new ArrayList<>(nLeaves);
      for (Node leaf : leaves) {
        codes.add(leaf.code());
      }
      Map<String, Object> perRun = new HashMap<>();
      for (int j = 0; j < nLeaves; j++) {
        String code = leaves.get(j).code();
        Imputation it = spec.forIndicator(code);
        Imputer imputer = methods.imputer(it.method());
        double[] in = m[j];
        Imputer.Context ctx = new Imputer.Context() {
          @Override
          public String indicator() {
            return code;
          }

          @Override
          public Optional<String> group(int row, String variable) {
            return Optional.ofNullable(units.get(row).groups().get(variable));
          }

          @Override
          public int[] groupIndices(String variable) {
            return groupIndex(units, variable).ids();
          }

          @Override
          public List<String> groupNames(String variable) {
            return groupIndex(units, variable).names();
          }

          @Override
          public List<String> indicators() {
            return codes;
          }

          @Override
          public double[][] columns() {
            return m;
          }

          @Override
          public String unit(int row) {
            return units.get(row).code();
          }

          @Override
          @SuppressWarnings("unchecked")
          public <T> T perRun(String key, java.util.function.Supplier<T> compute) {
            Object v = perRun.get(key);
            if (v == null) {
              v = Objects.requireNonNull(compute.get(), "perRun value");
              perRun.put(key, v);
            }
            return (T) v;
          }

          @Override
          public void note(String noteCode, Optional<String> unit, String message) {
            notes.add(new Note(noteCode, code, unit, message));
          }
        };
        double[] res = imputer.impute(in, it.parameters(), ctx);
        if (res.length != in.length) {
          throw new IndicatorsException("indicator '" + code + "': imputation '" + it.method()
              + "' returned " + res.length + " values; expected " + in.length);
        }
        for (int i = 0; i < in.length; i++) {
          boolean wasMissing = Double.isNaN(in[i]);
          if (!wasMissing && Double.compare(in[i], res[i]) != 0) {
            throw new IndicatorsException("indicator '" + code + "', unit '"
                + units.get(i).code() + "': imputation '" + it.method() + "' changed the "
                + "present value " + in[i] + " to " + res[i] + "; an imputer may only fill "
                + "missing cells");
          }
          if (wasMissing && !Double.isNaN(res[i])) {
            if (Double.isInfinite(res[i])) {
              throw new IndicatorsException("indicator '" + code + "', unit '"
                  + units.get(i).code() + "': imputation '" + it.method() + "' produced "
                  + res[i] + "; expected a finite number or missing");
            }
            cells.add(new ImputedCell(units.get(i).code(), code, res[i], it.method()));
          } else if (wasMissing && !it.method().equals("none")) {
            notes.add(new Note("not-imputed", code, Optional.of(units.get(i).code()),
                "imputation '" + it.method() + "' left the cell missing (e.g. no present value "
                    + "in the unit's group)"));
          }
        }
        out[j] = res;
      }
      return out;
    }

    private GroupIndex groupIndex(List<Unit> units, String variable) {
      GroupIndex known = groupIndexes.get(variable);
      if (known != null) {
        return known;
      }
      java.util.TreeSet<String> names = new java.util.TreeSet<>();
      for (Unit u : units) {
        String g = u.groups().get(variable);
        if (g != null) {
          names.add(g);
        }
      }
      List<String> sorted = List.copyOf(names);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < sorted.size(); i++) {
        index.put(sorted.get(i), i);
      }
      int[] ids = new int[units.size()];
      for (int i = 0; i < ids.length; i++) {
        String g = units.get(i).groups().get(variable);
        ids[i] = g == null ? -1 : index.get(g);
      }
      GroupIndex made = new GroupIndex(ids, sorted);
      groupIndexes.put(variable, made);
      return made;
    }

    private double[][] treat(double[][] m, List<Unit> units, Treatment spec,
        List<TreatedPoint> points, List<IndicatorTreatment> summaries) {
      double[][] out = new double[nLeaves][];
      for (int j = 0; j < nLeaves; j++) {
        String code = leaves.get(j).code();
        Treatment t = spec.forIndicator(code);
        double[] in = m[j];
        double[] res;
        String[] labels;
        switch (t.method()) {
          case "none" -> {
            out[j] = in;
            continue;
          }
          case "coinr" -> {
            OutlierTreatment.Outcome o = OutlierTreatment.coinr(in, t.parameters(), code);
            res = o.values();
            labels = o.labels();
            if (!o.passedBefore()) {
              summaries.add(new IndicatorTreatment(code, t.method(), o.skewBefore(),
                  o.kurtosisBefore(), o.winsorised(), Optional.ofNullable(o.transform()),
                  o.skewAfter(), o.kurtosisAfter(), o.passedAfter(), o.stages()));
            }
          }
          case "boxcox", "log" -> {
            String name = t.method().equals("boxcox") ? "boxcox"
                : t.parameters().text("variant").orElse("log-ct");
            res = OutlierTreatment.transform(in, name, t.parameters(), code);
            labels = new String[in.length];
            Arrays.fill(labels, name);
            double skewIn = Statistics.skew(in);
            double kurtIn = Statistics.kurtosis(in);
            double skewOut = Statistics.skew(res);
            double kurtOut = Statistics.kurtosis(res);
            boolean passOut = OutlierTreatment.passes(res, 2, 3.5);
            summaries.add(new IndicatorTreatment(code, t.method(), skewIn, kurtIn, 0,
                Optional.of(name), skewOut, kurtOut, passOut, List.of(
                    new Diagnostics.TreatmentStage(Diagnostics.TreatmentStage.ORIGINAL, 0,
                        skewIn, kurtIn, OutlierTreatment.passes(in, 2, 3.5)),
                    new Diagnostics.TreatmentStage(name, 0, skewOut, kurtOut, passOut))));
          }
          default -> {
            res = methods.transformer(t.method()).transform(in, t.parameters());
            if (res.length != in.length) {
              throw new IndicatorsException("indicator '" + code + "': treatment '" + t.method()
                  + "' returned " + res.length + " values; expected " + in.length);
            }
            labels = new String[in.length];
            for (int i = 0; i < in.length; i++) {
              if (Double.compare(in[i], res[i]) != 0) {
                labels[i] = t.method();
              }
            }
          }
        }
        for (int i = 0; i < in.length; i++) {
          if (labels[i] != null && !Double.isNaN(in[i])) {
            if (!Double.isFinite(res[i])) {
              throw new IndicatorsException("indicator '" + code + "', unit '"
                  + units.get(i).code() + "': treatment '" + labels[i] + "' turned " + in[i]
                  + " into " + res[i] + "; expected a finite number ("
                  + (Double.isNaN(res[i]) ? "check the transform's domain)"
                      : "the transformed value is beyond the largest double; choose a "
                          + "transform that keeps the values finite)"));
            }
            points.add(new TreatedPoint(units.get(i).code(), code, labels[i], in[i], res[i]));
          }
        }
        out[j] = res;
      }
      return out;
    }

    /**
     * The normalised columns; a built-in normaliser whose values are an affine map of the raw
     * ones (min-max) leaves them unwritten: the aggregation writes them into scratch columns
     * it reuses, and results write them on request.
     */
    private LeafColumns normalise(double[][] m, List<Unit> units, List<Note> notes) {
      AffineColumn[] later = new AffineColumn[nLeaves];
      double[][] out = new double[nLeaves][];
      if (pipeline.normalisation().isEmpty()) {
        for (int j = 0; j < nLeaves; j++) {
          int sign = leaves.get(j).direction().sign();
          out[j] = sign > 0 ? m[j] : negate(m[j]);
        }
        return new LeafColumns(out, later, index.indicatorPositions(), fw.nodes().size());
      }
      Normalisation spec = pipeline.normalisation().get();
      Map<String, Integer> unitRows = new HashMap<>();
      for (int j = 0; j < nLeaves; j++) {
        Node leaf = leaves.get(j);
        Normalisation nz = spec.forIndicator(leaf.code());
        Normaliser f = methods.normaliser(nz.method());
        int sign = leaf.direction().sign();
        if (f instanceof DirectedNormaliser directed) {
          later[j] = directed.normaliseLater(m[j], sign, nz.parameters());
          if (later[j] != null) {
            continue;
          }
        }
        double[] res = new double[m[j].length];
        // Only distance-to-reference looks units up: index them on its first request.
        Map<String, Integer> rows = unitRows;
        OptionalDouble target = leaf.target().isPresent()
            ? OptionalDouble.of(leaf.target().getAsDouble() * sign) : OptionalDouble.empty();
        Normaliser.Context context = new Normaliser.Context() {
          @Override
          public String indicator() {
            return leaf.code();
          }

          @Override
          public OptionalDouble target() {
            return target;
          }

          @Override
          public int sign() {
            return sign;
          }

          @Override
          public int unitIndex(String unit) {
            if (rows.isEmpty()) {
              for (int i = 0; i < units.size(); i++) {
                rows.put(units.get(i).code(), i);
              }
            }
            Integer r = rows.get(unit);
            if (r == null) {
              throw new IndicatorsException("indicator '" + leaf.code() + "': unit '" + unit
                  + "' named by the normalisation is not in the data (or was screened out)");
            }
            return r;
          }

          @Override
          public void note(String code, String message) {
            notes.add(new Note(code, leaf.code(), Optional.empty(), message));
          }
        };
        if (f instanceof DirectedNormaliser directed) {
          // folds the direction in and guarantees finite output: no copy, no check pass
          directed.normaliseDirected(m[j], sign, res, nz.parameters(), context);
          out[j] = res;
          continue;
        }
        double[] in = sign > 0 ? m[j] : negate(m[j]);
        f.normalise(in, res, nz.parameters(), context);
        for (int i = 0; i < res.length; i++) {
          if (Double.isInfinite(res[i]) || (Double.isNaN(res[i]) && !Double.isNaN(in[i]))) {
            throw new IndicatorsException("indicator '" + leaf.code() + "', unit '"
                + units.get(i).code() + "': normalisation '" + nz.method() + "' turned " + in[i]
                + " into " + res[i] + "; expected a finite number"
                + (Double.isInfinite(res[i]) ? " (the normalised value is beyond the largest "
                    + "double; check the method's parameters, e.g. its scale)" : ""));
          }
        }
        out[j] = res;
      }
      return new LeafColumns(out, later, index.indicatorPositions(), fw.nodes().size());
    }

    private double[] negate(double[] x) {
      double[] out = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        out[i] = -x[i];
      }
      return out;
    }

    private double[] resolveWeights() {
      List<Node> nodes = fw.nodes();
      double[] w = new double[nodes.size()];
      Weighting wt = pipeline.weighting();
      Map<String, Double> set = Map.of();
      if (wt.source().equals("set")) {
        String name = wt.set().orElseThrow();
        set = fw.weightSets().get(name);
        if (set == null) {
          throw new IndicatorsException("weight set '" + name + "' is not in the framework; "
              + "expected one of " + fw.weightSets().keySet());
        }
      }
      for (String code : wt.manual().keySet()) {
        if (fw.node(code).isEmpty()) {
          throw new IndicatorsException("manual weight names '" + code
              + "', which is not a node of the framework");
        }
      }
      boolean equal = wt.source().equals("equal");
      Map<String, Double> manual = wt.manual();
      for (int i = 0; i < w.length; i++) {
        Node n = nodes.get(i);
        double base = equal ? 1.0 : set.getOrDefault(n.code(), n.weight());
        w[i] = manual.getOrDefault(n.code(), base);
      }
      for (int i = 0; i < w.length; i++) {
        int k = index.children(i).length;
        if (k > 0) {
          double s = 0;
          for (int c = 0; c < k; c++) {
            s += index.weightUnder(i, c, w);
          }
          if (!(s > 0)) {
            throw new IndicatorsException("aggregate '" + nodes.get(i).code() + "': the "
                + "weights of its children are all zero; expected at least one positive weight");
          }
        }
      }
      return w;
    }

    /**
     * Every aggregate's scores, bottom up; a leaf whose normalised column is unwritten stays
     * null in the table (a built-in aggregator of its parents reads it unwritten, any other
     * has it written in the results, once).
     */
    private double[][] aggregate(LeafColumns norm, List<Unit> units, double[] weights,
        List<Note> notes, double[][][] unitWeights) {
      List<Node> nodes = fw.nodes();
      int n = units.size();
      double[][] scores = new double[nodes.size()][];
      int[] leafPositions = index.indicatorPositions();
      boolean fromData = !pipeline.weighting().fromData().isEmpty();
      for (int j = 0; j < nLeaves; j++) {
        // weights from the data read the leaves' columns themselves: written first
        scores[leafPositions[j]] = fromData ? norm.column(j) : norm.writtenOrNull(j);
      }
      leafColumns = norm;
      List<String> unitCodes = new java.util.AbstractList<>() {
        @Override
        public String get(int index) {
          return units.get(index).code();
        }

        @Override
        public int size() {
          return n;
        }
      };
      // scratch reused node after node: the units to check, their missing children and
      // present weight
      int[] flagged = new int[n];
      int[] missing = new int[n];
      double[] pw = new double[n];
      if (!fromData) {
        for (int a : index.aggregatesBottomUp()) {
          aggregateNode(a, nodes.get(a), scores, weights, unitCodes, flagged, missing, pw, notes,
              unitWeights);
        }
        return scores;
      }
      // an anonymous class rather than a lambda: a run links no call site
      DataWeighting data = new DataWeighting(fw, pipeline.weighting(),
          new DataWeighting.NodeAggregation() {
            @Override
            public void aggregate(Node node, double[][] sc, double[] w, List<Note> sink) {
              aggregateNode(fw.indexOf(node.code()), node, sc, w, unitCodes, new int[n],
                  new int[n], new double[n], sink, new double[fw.nodes().size()][][]);
            }
          });
      for (int level = 2; level <= fw.levels(); level++) {
        data.computeLevel(level - 1, scores, weights, unitCodes, notes);
        for (Node node : data.aggregatesAt(level)) {
          aggregateNode(fw.indexOf(node.code()), node, scores, weights, unitCodes, flagged,
              missing, pw, notes, unitWeights);
        }
      }
      return scores;
    }

    /** Aggregates one node's children into {@code scores} at the node's index {@code self}. */
    private void aggregateNode(int self, Node node, double[][] scores, double[] weights,
        List<String> unitCodes, int[] flagged, int[] missing, double[] pw, List<Note> notes,
        double[][][] unitWeights) {
      int n = unitCodes.size();
      int[] ch = index.children(self);
      int k = ch.length;
      Aggregation agg = node.aggregation().orElse(pipeline.aggregation());
      Aggregator f = methods.aggregator(agg.method());
      double[][] cols = new double[k][];
      double[] raw = new double[k];
      List<String> childCodes = index.childCodes(self);
      // the unwritten leaves among the children, for a built-in aggregator
      AffineColumn[] unwritten = null;
      for (int c = 0; c < k; c++) {
        cols[c] = scores[ch[c]];
        if (cols[c] == null) {
          int leaf = leafColumns.leafOfNode(ch[c]);
          AffineColumn later = leafColumns.later(leaf);
          if (f instanceof PresenceAggregator && later != null) {
            if (unwritten == null) {
              unwritten = new AffineColumn[k];
            }
            unwritten[c] = later;
            cols[c] = scratch(c, n);
          } else {
            cols[c] = leafColumns.column(leaf);
          }
        }
        raw[c] = index.weightUnder(self, c, weights);
      }
      double[] w = normalisedWeights(raw);
      double threshold = agg.availabilityThreshold().orElse(-1);
      double[] out = new double[n];
      Aggregator.Context context = new Aggregator.Context() {
        @Override
        public String node() {
          return node.code();
        }

        @Override
        public List<String> childCodes() {
          return childCodes;
        }

        @Override
        public List<String> unitCodes() {
          return unitCodes;
        }

        @Override
        public void reportUnitWeights(double[][] reported) {
          unitWeights[self] = checkedUnitWeights(node, agg, reported, k, n);
        }
      };
      // the units to check: those a built-in aggregator flagged, or every unit
      int checked;
      if (f instanceof PresenceAggregator counting) {
        checked = unwritten == null
            ? counting.aggregate(cols, w, out, flagged, missing, pw, agg.parameters(), context)
            : counting.aggregate(cols, unwritten, w, out, flagged, missing, pw,
                agg.parameters(), context);
      } else {
        f.aggregate(cols, w, out, agg.parameters(), context);
        countPresence(cols, w, missing, pw);
        checked = n;
      }
      boolean all = !(f instanceof PresenceAggregator);
      for (int i = 0; i < checked; i++) {
        int u = all ? i : flagged[i];
        int present = k - missing[u];
        if (present == k) {
          if (!(Math.abs(out[u]) <= Double.MAX_VALUE)) {
            throw notFinite(node, agg, unitCodes.get(u), out[u]);
          }
        } else if (present == 0 || (double) present / k < threshold) {
          out[u] = Double.NaN;
        } else if (pw[u] == 0) {
          out[u] = Double.NaN;
          requireZeroWeights(node, childCodes, cols, raw, u, unitCodes);
          notes.add(new Note("zero-weight-sum", node.code(), Optional.of(unitCodes.get(u)),
              "the present children all have weight 0, so the score is missing "
                  + "(COINr: NaN)"));
        } else if (!(Math.abs(out[u]) <= Double.MAX_VALUE)) {
          throw notFinite(node, agg, unitCodes.get(u), out[u]);
        }
      }
      scores[self] = out;
      double[][] uw = unitWeights[self];
      for (int u = 0; uw != null && u < n; u++) {
        if (Double.isNaN(out[u])) {
          for (double[] col : uw) {
            col[u] = Double.NaN;
          }
        }
      }
    }

    /**
     * The scratch column of child slot {@code c}, reused node after node (so that a run writes
     * no fresh column for an unwritten leaf): a built-in aggregator writes in it the values it
     * reads again, and reads it only during the call.
     */
    private double[] scratch(int c, int n) {
      if (c >= scratch.length) {
        scratch = Arrays.copyOf(scratch, c + 1);
      }
      if (scratch[c] == null) {
        scratch[c] = new double[n];
      }
      return scratch[c];
    }

    /** A copy of reported unit weights, checked for shape. */
    private double[][] checkedUnitWeights(Node node, Aggregation agg, double[][] reported,
        int k, int n) {
      if (reported.length != k) {
        throw new IndicatorsException("aggregate '" + node.code() + "': aggregation '"
            + agg.method() + "' reported unit weights for " + reported.length
            + " children; expected " + k);
      }
      double[][] copy = new double[k][];
      for (int c = 0; c < k; c++) {
        if (reported[c].length != n) {
          throw new IndicatorsException("aggregate '" + node.code() + "': aggregation '"
              + agg.method() + "' reported unit weights for " + reported[c].length
              + " units; expected " + n);
        }
        copy[c] = reported[c].clone();
      }
      return copy;
    }

    private IndicatorsException notFinite(Node node, Aggregation agg, String unit, double v) {
      return new IndicatorsException("aggregate '" + node.code() + "', unit '" + unit
          + "': aggregation '" + agg.method() + "' returned " + v
          + "; expected a finite number");
    }

    /** Presence per unit for an aggregator that does not report it. */
    private static void countPresence(double[][] cols, double[] w, int[] missing, double[] pw) {
      Arrays.fill(missing, 0);
      Arrays.fill(pw, 0);
      for (int c = 0; c < cols.length; c++) {
        double[] col = cols[c];
        double wc = w[c];
        for (int u = 0; u < col.length; u++) {
          if (col[u] == col[u]) {
            pw[u] += wc;
          } else {
            missing[u]++;
          }
        }
      }
    }

    /**
     * A zero weight sum of present children is a missing score only when their weights are
     * 0; positive weights that normalising by the largest sibling weight turned into 0 are a
     * range problem, reported as such.
     */
    private void requireZeroWeights(Node node, List<String> childCodes, double[][] cols,
        double[] raw, int u, List<String> unitCodes) {
      double largest = 0;
      for (double r : raw) {
        largest = Math.max(largest, r);
      }
      for (int c = 0; c < cols.length; c++) {
        if (cols[c][u] == cols[c][u] && raw[c] > 0) {
          throw new IndicatorsException("aggregate '" + node.code() + "', unit '"
              + unitCodes.get(u) + "': the present child '" + childCodes.get(c)
              + "' has weight " + raw[c] + ", which is 0 as a share of its siblings' weights "
              + "(the largest is " + largest + "); expected weights within a ratio of about "
              + "1e300 of one another");
        }
      }
    }

    /**
     * The children's weights divided by their sum; when the sum overflows (weights near the
     * largest double), the weights are first divided by the largest, so that the shares are
     * right instead of all 0.
     */
    private double[] normalisedWeights(double[] raw) {
      double[] w = raw.clone();
      double wsum = 0;
      for (double x : w) {
        wsum += x;
      }
      if (wsum == Double.POSITIVE_INFINITY) {
        double largest = 0;
        for (double x : w) {
          largest = Math.max(largest, x);
        }
        wsum = 0;
        for (int c = 0; c < w.length; c++) {
          w[c] /= largest;
          wsum += w[c];
        }
      }
      for (int c = 0; c < w.length; c++) {
        w[c] /= wsum;
      }
      return w;
    }
  }
}
