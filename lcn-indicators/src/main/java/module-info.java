/**
 * The composite-indicator engine of the LCN SDK: frameworks, datasets, pipelines, methods,
 * results and diagnostics.
 *
 * @since 0.1.0
 */
module io.github.learningcities.lcn.indicators {
  requires org.slf4j;
  requires org.apache.commons.statistics.distribution;
  requires transitive io.github.learningcities.lcn.model;

  exports io.github.learningcities.lcn.indicators;
  exports io.github.learningcities.lcn.indicators.ahp;
  exports io.github.learningcities.lcn.indicators.analysis;
  exports io.github.learningcities.lcn.indicators.audit;
  exports io.github.learningcities.lcn.indicators.data;
  exports io.github.learningcities.lcn.indicators.engine;
  exports io.github.learningcities.lcn.indicators.framework;
  exports io.github.learningcities.lcn.indicators.learningcity;
  exports io.github.learningcities.lcn.indicators.method;
  exports io.github.learningcities.lcn.indicators.pipeline;
  exports io.github.learningcities.lcn.indicators.trend;
  exports io.github.learningcities.lcn.indicators.uncertainty;
  // The command line writes its numbers as the library's messages do (FixedDecimal).
  exports io.github.learningcities.lcn.indicators.internal.text to io.github.learningcities.lcn.cli;
  // The CSV reader hands the columns it built to the dataset without a copy (DatasetColumns).
  exports io.github.learningcities.lcn.indicators.internal to
      io.github.learningcities.lcn.serialization;
}
