package io.github.learningcities.lcn.serialization.coinr;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a pair of COINr tables holds: the framework (from iMeta), the dataset (from iData), the
 * pipeline to run on them, and the details needed to write the tables back as they were.
 *
 * <p>The framework, dataset and pipeline are all the engine needs:
 * {@code Engine.standard().run(in.framework(), in.dataset(), in.pipeline())}. The other
 * components only keep the tables' shape: column and row order, the {@code Time} field of each
 * unit, iMeta rows of type Group, Denominator and Other, iMeta columns beyond COINr's ten, and
 * the text of iData columns of type Other. Empty lists and maps are fine: the writer then uses
 * a natural order, so {@link #of(Framework, Dataset)} is enough to write any framework and
 * dataset as COINr tables.
 *
 * @param framework the framework: one node per Indicator or Aggregate row of iMeta
 * @param dataset units (with groups and denominators) by indicators
 * @param pipeline the pipeline to run; the reader gives {@link Pipeline#coinrDefault()}
 * @param variables the Group, Denominator and Other rows of iMeta, in table order
 * @param times unit code to the text of its {@code Time} field (empty when iData has none)
 * @param otherData unit code to (column of type Other to its text)
 * @param metaExtras iCode to (extra iMeta column to its text), for columns beyond COINr's ten
 * @param dataColumns the iData header in table order (empty: natural order)
 * @param metaColumns the iMeta header in table order (empty: COINr's ten columns)
 * @param metaOrder the iCodes of iMeta in row order (empty: framework order, then variables)
 * @since 0.1.0
 */
public record CoinrInput(
    Framework framework,
    Dataset dataset,
    Pipeline pipeline,
    List<CoinrVariable> variables,
    Map<String, String> times,
    Map<String, Map<String, String>> otherData,
    Map<String, Map<String, String>> metaExtras,
    List<String> dataColumns,
    List<String> metaColumns,
    List<String> metaOrder) {

  /** Validates and copies. */
  public CoinrInput {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(pipeline, "pipeline");
    variables = List.copyOf(variables);
    times = Collections.unmodifiableMap(new LinkedHashMap<>(times));
    otherData = nested(otherData);
    metaExtras = nested(metaExtras);
    dataColumns = List.copyOf(dataColumns);
    metaColumns = List.copyOf(metaColumns);
    metaOrder = List.copyOf(metaOrder);
  }

  private static Map<String, Map<String, String>> nested(Map<String, Map<String, String>> m) {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> e : m.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Wraps a framework and a dataset built in Java, with COINr's default pipeline and no table
   * details (the writer then derives group and denominator rows from the units).
   *
   * @param framework the framework
   * @param dataset the dataset
   * @return the input
   */
  public static CoinrInput of(Framework framework, Dataset dataset) {
    return new CoinrInput(framework, dataset, Pipeline.coinrDefault(), List.of(), Map.of(),
        Map.of(), Map.of(), List.of(), List.of(), List.of());
  }

  /**
   * Takes the parameters of a normalisation with {@code iMeta = true} per indicator from the
   * iMeta columns COINr uses for them ({@code Normalise} with {@code f_n_para = "use_iMeta"},
   * see {@link Normalisation#fromIMeta}): the result has one override per such indicator with
   * the values of its row (goalposts, bounds, targets), so that the engine runs it and a
   * results document records it. Overrides without the flag are kept; a pipeline without the
   * flag is returned as it is.
   *
   * <p>Direction is applied as elsewhere in the SDK: goalposts, bounds and targets are in the
   * indicator's own units, so for a negative indicator goalposts {@code l, u} give {@code (u -
   * x) / (u - l)}, as COINr does. (COINr leaves {@code scaled_lower}/{@code scaled_upper}
   * unflipped for a negative indicator, which scales it outside its bounds; the SDK flips them
   * like goalposts.)
   *
   * @param pipeline a pipeline
   * @return the pipeline with iMeta's parameters filled in
   * @throws io.github.learningcities.lcn.indicators.method.InvalidParameterException naming
   *     the indicator and the iMeta column when a column the method needs is absent, a cell
   *     is empty or not a number (or logical), or the values break the method's rules (e.g.
   *     {@code goalpost_lower >= goalpost_upper})
   * @since 0.1.0
   */
  public Pipeline resolve(Pipeline pipeline) {
    return IMetaColumns.resolve(this, pipeline);
  }

  /**
   * Returns a copy with another pipeline.
   *
   * @param newPipeline the pipeline
   * @return the copy
   */
  public CoinrInput withPipeline(Pipeline newPipeline) {
    return new CoinrInput(framework, dataset, newPipeline, variables, times, otherData,
        metaExtras, dataColumns, metaColumns, metaOrder);
  }

  /**
   * Returns a copy with another framework (for example with changed weights).
   *
   * @param newFramework the framework
   * @return the copy
   */
  public CoinrInput withFramework(Framework newFramework) {
    return new CoinrInput(newFramework, dataset, pipeline, variables, times, otherData,
        metaExtras, dataColumns, metaColumns, metaOrder);
  }

  /**
   * Returns a copy with another dataset.
   *
   * @param newDataset the dataset
   * @return the copy
   */
  public CoinrInput withDataset(Dataset newDataset) {
    return new CoinrInput(framework, newDataset, pipeline, variables, times, otherData,
        metaExtras, dataColumns, metaColumns, metaOrder);
  }
}
