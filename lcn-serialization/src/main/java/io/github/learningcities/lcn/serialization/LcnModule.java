package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.indicators.ahp.AhpWeights;
import io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.analysis.PrincipalComponents;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.indicators.learningcity.GuidelinesReadiness;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.learningcity.ReadinessResults;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.event.EventId;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.PersonId;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.serialization.internal.AhpJson;
import io.github.learningcities.lcn.serialization.internal.AnalysisJson;
import io.github.learningcities.lcn.serialization.internal.AuditJson;
import io.github.learningcities.lcn.serialization.internal.DatasetJson;
import io.github.learningcities.lcn.serialization.internal.DiagnosticsJson;
import io.github.learningcities.lcn.serialization.internal.FrameworkJson;
import io.github.learningcities.lcn.serialization.internal.LearningCityJson;
import io.github.learningcities.lcn.serialization.internal.PanelJson;
import io.github.learningcities.lcn.serialization.internal.ParametersJson;
import io.github.learningcities.lcn.serialization.internal.PipelineJson;
import io.github.learningcities.lcn.serialization.internal.RepeatedValueWriter;
import io.github.learningcities.lcn.serialization.internal.ResultsJson;
import io.github.learningcities.lcn.serialization.internal.SingleValueJson;
import io.github.learningcities.lcn.serialization.internal.UncertaintyJson;
import tools.jackson.core.Version;
import tools.jackson.databind.deser.std.StdConvertingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdDelegatingSerializer;
import tools.jackson.databind.util.Converter;

/**
 * A Jackson 3 module that teaches any {@code JsonMapper} or {@code XmlMapper} the types of
 * lcn-indicators:
 *
 * <ul>
 *   <li>{@link Framework} (a list of nodes and named weight sets, rebuilt through its
 *       validating builder), {@link Node}, {@link Dataset} (indicators, then units with their
 *       present values only), {@link Unit}, {@link Panel} (time points, indicators, then units
 *       with their present values at each time point) and {@link Panel.Imputed} (the panel and
 *       its imputed cells), {@link Parameters}, {@link Pipeline} and its steps, and {@link
 *       Diagnostics};
 *   <li>{@link Results}, written as their {@link ResultsDocument} with the input dataset and
 *       read back by running the pipeline again with the standard engine, which must
 *       reproduce the scores and ranks written;
 *   <li>the analysis outcomes {@link CorrelationMatrix} (each row's cells in column order),
 *       {@link DataAvailability} (each unit overall and by aggregate), {@link
 *       EffectiveWeights} (each node's level and weight) and {@link PrincipalComponents} (each
 *       component's variance and loadings), each read back through its checked factory;
 *   <li>the learning-city assessments {@link KflcAssessment}, {@link GuidelinesReadiness} and
 *       {@link CommitmentProgress} as what was entered (read back through their validating
 *       builders), and their {@link KflcResults} and {@link ReadinessResults} as the
 *       assessment and the results document of its run (read back by scoring the assessment
 *       once, which must reproduce the scores and ranks written);
 *   <li>the values of an uncertainty analysis: {@link Factor} (a step's alternatives, a
 *       parameter's typed values, a range or weight noise), {@link UncertaintySpec}, {@link
 *       Replication}, {@link UnitUncertainty}, {@link SobolIndices}, {@link Sensitivity}
 *       (written with the indices of every unit) and {@link UncertaintyResult}.
 * </ul>
 *
 * <p>Undefined statistics (NaN) are left out of the text and read back as NaN. The lcn-model
 * types carry their own Jackson annotations; the module adds one reader for the single-value
 * ones, the codes {@link CountryCode}, {@link SubdivisionCode} and {@link CommitmentCode} and
 * the identifiers {@link CityId}, {@link PersonId}, {@link OrganizationId}, {@link NetworkId},
 * {@link DeclarationId} and {@link EventId}, so that they are read back also as the root of an
 * XML text ({@code <CountryCode>NG</CountryCode>}), not only as a string. Register it with
 * {@code JsonMapper.builder().addModule(new LcnModule())}; the ready-made {@link LcnJson} and
 * {@link LcnXml} already do.
 *
 * @since 0.1.0
 */
public final class LcnModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public LcnModule() {
    super("lcn", Version.unknownVersion());
    addSerializer(Parameters.class, new ParametersJson.Writer());
    addDeserializer(Parameters.class, new ParametersJson.Reader());
    both(Framework.class, new FrameworkJson.ToData(), new FrameworkJson.FromData());
    both(Node.class, new FrameworkJson.NodeToData(), new FrameworkJson.NodeFromData());
    both(Aggregation.class, new FrameworkJson.AggregationToData(),
        new FrameworkJson.AggregationFromData());
    // a document's repeated pipelines (one per replication) are serialised once each
    addSerializer(Pipeline.class, new RepeatedValueWriter<>(Pipeline.class,
        new StdDelegatingSerializer(new PipelineJson.ToData()), PipelineJson::steps));
    addDeserializer(Pipeline.class, new StdConvertingDeserializer<>(new PipelineJson.FromData()));
    both(Imputation.class, new PipelineJson.ImputationToData(),
        new PipelineJson.ImputationFromData());
    both(Treatment.class, new PipelineJson.TreatmentToData(),
        new PipelineJson.TreatmentFromData());
    both(Normalisation.class, new PipelineJson.NormalisationToData(),
        new PipelineJson.NormalisationFromData());
    both(Denomination.class, new PipelineJson.DenominationToData(),
        new PipelineJson.DenominationFromData());
    both(Screening.class, new PipelineJson.ScreeningToData(),
        new PipelineJson.ScreeningFromData());
    both(Weighting.class, new PipelineJson.WeightingToData(),
        new PipelineJson.WeightingFromData());
    both(Dataset.class, new DatasetJson.ToData(), new DatasetJson.FromData());
    both(Unit.class, new DatasetJson.UnitToData(), new DatasetJson.UnitFromData());
    both(Diagnostics.class, new DiagnosticsJson.ToData(), new DiagnosticsJson.FromData());
    both(Results.class, new ResultsJson.ToData(), new ResultsJson.FromData());
    both(io.github.learningcities.lcn.indicators.audit.Audit.class, new AuditJson.ToData(),
        new AuditJson.FromData());
    both(KflcAssessment.class, new LearningCityJson.AssessmentToData(),
        new LearningCityJson.AssessmentFromData());
    both(KflcResults.class, new LearningCityJson.KflcResultsToData(),
        new LearningCityJson.KflcResultsFromData());
    both(GuidelinesReadiness.class, new LearningCityJson.ReadinessToData(),
        new LearningCityJson.ReadinessFromData());
    both(ReadinessResults.class, new LearningCityJson.ReadinessResultsToData(),
        new LearningCityJson.ReadinessResultsFromData());
    both(CommitmentProgress.class, new LearningCityJson.ProgressToData(),
        new LearningCityJson.ProgressFromData());
    both(Factor.class, new UncertaintyJson.FactorToData(), new UncertaintyJson.FactorFromData());
    both(UncertaintySpec.class, new UncertaintyJson.SpecToData(),
        new UncertaintyJson.SpecFromData());
    both(Replication.class, new UncertaintyJson.ReplicationToData(),
        new UncertaintyJson.ReplicationFromData());
    both(UnitUncertainty.class, new UncertaintyJson.UnitUncertaintyToData(),
        new UncertaintyJson.UnitUncertaintyFromData());
    both(SobolIndices.class, new UncertaintyJson.SobolIndicesToData(),
        new UncertaintyJson.SobolIndicesFromData());
    both(Sensitivity.class, new UncertaintyJson.SensitivityToData(),
        new UncertaintyJson.SensitivityFromData());
    both(UncertaintyResult.class, new UncertaintyJson.ResultToData(),
        new UncertaintyJson.ResultFromData());
    both(Panel.class, new PanelJson.ToData(), new PanelJson.FromData());
    both(Panel.Imputed.class, new PanelJson.ImputedToData(), new PanelJson.ImputedFromData());
    both(CorrelationMatrix.class, new AnalysisJson.CorrelationMatrixToData(),
        new AnalysisJson.CorrelationMatrixFromData());
    both(DataAvailability.class, new AnalysisJson.DataAvailabilityToData(),
        new AnalysisJson.DataAvailabilityFromData());
    both(EffectiveWeights.class, new AnalysisJson.EffectiveWeightsToData(),
        new AnalysisJson.EffectiveWeightsFromData());
    both(PrincipalComponents.class, new AnalysisJson.PrincipalComponentsToData(),
        new AnalysisJson.PrincipalComponentsFromData());
    both(PairwiseComparisons.class, new AhpJson.ComparisonsToData(),
        new AhpJson.ComparisonsFromData());
    both(AhpWeights.class, new AhpJson.WeightsToData(), new AhpJson.WeightsFromData());
  }

  /**
   * Registers the converters and the reader of lcn-model's single-value types.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new SingleValueJson.Finder());
  }

  private <T> void both(Class<T> type, Converter<T, ?> toData, Converter<?, T> fromData) {
    addSerializer(type, new StdDelegatingSerializer(toData));
    addDeserializer(type, new StdConvertingDeserializer<>(fromData));
  }
}
