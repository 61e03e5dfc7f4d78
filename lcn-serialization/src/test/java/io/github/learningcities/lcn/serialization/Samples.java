package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditSpec;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import java.util.List;
import java.util.Map;

/** Small hand-made values of every document kind. */
final class Samples {
  private Samples() {}

  static Framework framework() {
    return Framework.builder()
        .node(Node.of("Index", null).withName("Індекс навчання"))
        .node(Node.of("Access", "Index").withAggregation(Aggregation.geometric()))
        .node(Node.of("Libraries", "Access").withWeight(2.0).withTarget(10.0))
        .node(Node.of("Dropout", "Access").withDirection(Direction.NEGATIVE))
        .node(Node.of("Events", "Index"))
        .weightSet("policy", Map.of("Access", 3.0))
        .build();
  }

  static Dataset dataset() {
    return Dataset.builder()
        .unit(new Unit("ua-melitopol", "Мелітополь", Map.of("size", "medium"),
            Map.of("population", 150_000.0)))
        .unit(Unit.of("ua-kyiv", "Київ"))
        .unit(Unit.of("ua-lviv", "Львів"))
        .value("ua-melitopol", "Libraries", 12)
        .value("ua-melitopol", "Dropout", 0.05)
        .value("ua-melitopol", "Events", 40)
        .value("ua-kyiv", "Libraries", 300)
        .missing("ua-kyiv", "Dropout")
        .value("ua-kyiv", "Events", 900)
        .value("ua-lviv", "Libraries", 120)
        .value("ua-lviv", "Dropout", 0.03)
        .value("ua-lviv", "Events", 250.5)
        .build();
  }

  /** Two years of the sample dataset; Kyiv's dropout rate is known only in 2019. */
  static Panel panel() {
    Dataset later = Dataset.builder()
        .unit(new Unit("ua-melitopol", "Мелітополь", Map.of("size", "medium"),
            Map.of("population", 150_000.0)))
        .unit(Unit.of("ua-kyiv", "Київ"))
        .unit(Unit.of("ua-lviv", "Львів"))
        .value("ua-melitopol", "Libraries", 13)
        .value("ua-melitopol", "Dropout", 0.04)
        .value("ua-melitopol", "Events", 52)
        .value("ua-kyiv", "Libraries", 305)
        .value("ua-kyiv", "Dropout", 0.06)
        .value("ua-kyiv", "Events", 1100)
        .value("ua-lviv", "Libraries", 121)
        .value("ua-lviv", "Dropout", 0.03)
        .missing("ua-lviv", "Events")
        .build();
    return Panel.of(Map.of(2018, dataset(), 2019, later));
  }

  static Pipeline pipeline() {
    return Pipeline.coinrDefault()
        .withScreening(Screening.byMissing(0.5).forceInclude("ua-kyiv"))
        .withImputation(Imputation.mean().withOverride("Dropout", Imputation.median()))
        .withTreatment(Treatment.coinrDefault())
        .withNormalisation(Normalisation.minMax(0, 100))
        .withWeighting(Weighting.set("policy"));
  }

  static Results results() {
    Framework arithmetic = Framework.builder()
        .node(Node.of("Index", null))
        .node(Node.of("Access", "Index"))
        .node(Node.of("Libraries", "Access").withWeight(2.0))
        .node(Node.of("Dropout", "Access").withDirection(Direction.NEGATIVE))
        .node(Node.of("Events", "Index"))
        .build();
    return Engine.standard().run(arithmetic, dataset(),
        Pipeline.coinrDefault().withImputation(Imputation.mean()));
  }

  /**
   * The audit of {@link #results()}: every section, with 20 bootstrap resamples for the
   * correlation ratios and no uncertainty analysis (see {@link #auditWithUncertainty()}).
   */
  static Audit audit() {
    return Audit.of(Engine.standard(), results(), AuditSpec.defaults().withBootstrap(20)
        .withThreads(1));
  }

  /** The audit of {@link #results()} with a small uncertainty and sensitivity analysis. */
  static Audit auditWithUncertainty() {
    UncertaintySpec spec = UncertaintySpec.of(List.of(
        Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.geometric())),
        Factor.weightNoise("weights", 1, 0.25, 10)), 8, 3L).withSensitivity();
    return Audit.of(Engine.standard(), results(), AuditSpec.defaults().withBootstrap(10)
        .withThreads(1).withUncertainty(spec));
  }

  static NetworkDocument network() {
    UkrainianNetwork ua = UkrainianNetwork.get();
    return new NetworkDocument(ua.network(), ua.cities(), ua.organizations());
  }
}
