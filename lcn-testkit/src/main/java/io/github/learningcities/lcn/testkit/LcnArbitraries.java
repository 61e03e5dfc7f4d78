package io.github.learningcities.lcn.testkit;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.CronbachAlpha;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.analysis.PrincipalComponents;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Comparison;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.StrengthsAndWeaknesses;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.indicators.learningcity.GuidelinesReadiness;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.learningcity.MeasureScale;
import io.github.learningcities.lcn.indicators.learningcity.ReadinessResults;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.trend.Progress;
import io.github.learningcities.lcn.indicators.trend.Trend;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.model.application.ApplicationCompleteness;
import io.github.learningcities.lcn.model.application.ApplicationIssue;
import io.github.learningcities.lcn.model.application.ApplicationPart1;
import io.github.learningcities.lcn.model.application.ChallengeRating;
import io.github.learningcities.lcn.model.application.CityProfile;
import io.github.learningcities.lcn.model.application.ContactPerson;
import io.github.learningcities.lcn.model.application.GnlcApplication;
import io.github.learningcities.lcn.model.application.Mayor;
import io.github.learningcities.lcn.model.application.Narratives;
import io.github.learningcities.lcn.model.application.NationalCommissionEndorsement;
import io.github.learningcities.lcn.model.application.Pledge;
import io.github.learningcities.lcn.model.award.AwardCandidate;
import io.github.learningcities.lcn.model.award.AwardCriterion;
import io.github.learningcities.lcn.model.award.AwardCycle;
import io.github.learningcities.lcn.model.award.AwardEligibility;
import io.github.learningcities.lcn.model.award.AwardRules;
import io.github.learningcities.lcn.model.award.Awardee;
import io.github.learningcities.lcn.model.award.LearningCityAwardCatalog;
import io.github.learningcities.lcn.model.award.RuleFailure;
import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.declaration.Governance;
import io.github.learningcities.lcn.model.declaration.ProgressRecord;
import io.github.learningcities.lcn.model.declaration.Signatory;
import io.github.learningcities.lcn.model.declaration.TargetPeriod;
import io.github.learningcities.lcn.model.event.Event;
import io.github.learningcities.lcn.model.event.EventId;
import io.github.learningcities.lcn.model.event.ProgrammeItem;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.Person;
import io.github.learningcities.lcn.model.people.PersonId;
import io.github.learningcities.lcn.model.people.Representative;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.GeoPoint;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import io.github.learningcities.lcn.model.unesco.ActionArea;
import io.github.learningcities.lcn.model.unesco.ActionPoint;
import io.github.learningcities.lcn.model.unesco.Area;
import io.github.learningcities.lcn.model.unesco.ConferencesCatalog;
import io.github.learningcities.lcn.model.unesco.GuidelinesCatalog;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.LearningCitiesConference;
import io.github.learningcities.lcn.model.unesco.OutcomeDocument;
import io.github.learningcities.lcn.model.unesco.RegionsCatalog;
import io.github.learningcities.lcn.model.unesco.SuggestedMeasurement;
import io.github.learningcities.lcn.model.unesco.Tier;
import io.github.learningcities.lcn.model.unesco.UnescoRegion;
import io.github.learningcities.lcn.model.validation.Violation;
import io.github.learningcities.lcn.testkit.indicators.AuditArbitraries;
import io.github.learningcities.lcn.testkit.indicators.DatasetArbitraries;
import io.github.learningcities.lcn.testkit.indicators.FrameworkArbitraries;
import io.github.learningcities.lcn.testkit.indicators.LearningCityArbitraries;
import io.github.learningcities.lcn.testkit.indicators.OutputArbitraries;
import io.github.learningcities.lcn.testkit.indicators.PipelineArbitraries;
import io.github.learningcities.lcn.testkit.indicators.UncertaintyArbitraries;
import io.github.learningcities.lcn.testkit.model.ApplicationArbitraries;
import io.github.learningcities.lcn.testkit.model.AwardArbitraries;
import io.github.learningcities.lcn.testkit.model.CatalogArbitraries;
import io.github.learningcities.lcn.testkit.model.CityArbitraries;
import io.github.learningcities.lcn.testkit.model.DeclarationArbitraries;
import io.github.learningcities.lcn.testkit.model.EventArbitraries;
import io.github.learningcities.lcn.testkit.model.NetworkArbitraries;
import io.github.learningcities.lcn.testkit.model.PeopleArbitraries;
import io.github.learningcities.lcn.testkit.model.PlaceArbitraries;
import io.github.learningcities.lcn.testkit.model.TextArbitraries;
import io.github.learningcities.lcn.testkit.model.UnescoArbitraries;
import io.github.learningcities.lcn.testkit.model.ValidationArbitraries;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;

/**
 * The default arbitrary of every public SDK value type, by type: the one that
 * {@link LcnArbitraryProvider} gives {@code @ForAll} parameters and that the concept classes
 * ({@code CityArbitraries}, {@code FrameworkArbitraries}, ...) offer with more options.
 *
 * <pre>{@code
 * Arbitrary<City> cities = LcnArbitraries.forType(City.class).orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LcnArbitraries {

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS = defaults();

  private LcnArbitraries() {}

  /**
   * Returns the default arbitrary of a type.
   *
   * @param type the SDK type, e.g. {@code City.class}
   * @param <T> the type
   * @return the arbitrary, or empty if the testkit has none for the type
   */
  @SuppressWarnings("unchecked")
  public static <T> Optional<Arbitrary<T>> forType(Class<T> type) {
    Supplier<Arbitrary<?>> s = DEFAULTS.get(type);
    return s == null ? Optional.empty() : Optional.of((Arbitrary<T>) s.get());
  }

  /**
   * Returns the types that have a default arbitrary.
   *
   * @return the types
   */
  public static Set<Class<?>> types() {
    return Collections.unmodifiableSet(DEFAULTS.keySet());
  }

  private static Map<Class<?>, Supplier<Arbitrary<?>>> defaults() {
    Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
    // lcn-model
    m.put(LocalizedText.class, TextArbitraries::localizedTexts);
    m.put(CountryCode.class, PlaceArbitraries::countryCodes);
    m.put(SubdivisionCode.class, PlaceArbitraries::ukrainianSubdivisions);
    m.put(GeoPoint.class, PlaceArbitraries::pointsInUkraine);
    m.put(DatedQuantity.class, PlaceArbitraries::datedQuantities);
    m.put(Provenance.class, CatalogArbitraries::provenances);
    m.put(City.class, CityArbitraries::cities);
    m.put(CityId.class, CityArbitraries::cityIds);
    m.put(Person.class, PeopleArbitraries::persons);
    m.put(PersonId.class, PeopleArbitraries::personIds);
    m.put(Organization.class, PeopleArbitraries::organizations);
    m.put(OrganizationId.class, PeopleArbitraries::organizationIds);
    m.put(Representative.class, PeopleArbitraries::representatives);
    m.put(NetworkId.class, NetworkArbitraries::networkIds);
    m.put(StatusChange.class, NetworkArbitraries::statusChanges);
    m.put(Membership.class, NetworkArbitraries::memberships);
    m.put(Network.class, NetworkArbitraries::networks);
    m.put(DeclarationId.class, DeclarationArbitraries::declarationIds);
    m.put(CommitmentCode.class, DeclarationArbitraries::commitmentCodes);
    m.put(TargetPeriod.class, DeclarationArbitraries::targetPeriods);
    m.put(ProgressRecord.class, DeclarationArbitraries::progressRecords);
    m.put(Commitment.class, DeclarationArbitraries::commitments);
    m.put(Signatory.class, DeclarationArbitraries::signatories);
    m.put(Governance.class, DeclarationArbitraries::governances);
    m.put(Declaration.class, DeclarationArbitraries::declarations);
    m.put(EventId.class, EventArbitraries::eventIds);
    m.put(ProgrammeItem.class, EventArbitraries::programmeItems);
    m.put(Event.class, EventArbitraries::events);
    m.put(SuggestedMeasurement.class, UnescoArbitraries::suggestedMeasurements);
    m.put(KeyFeature.class, UnescoArbitraries::keyFeatures);
    m.put(Area.class, UnescoArbitraries::areas);
    m.put(Tier.class, UnescoArbitraries::tiers);
    m.put(KeyFeaturesCatalog.class, UnescoArbitraries::keyFeaturesCatalogs);
    m.put(ActionPoint.class, UnescoArbitraries::actionPoints);
    m.put(ActionArea.class, UnescoArbitraries::actionAreas);
    m.put(GuidelinesCatalog.class, UnescoArbitraries::guidelinesCatalogs);
    m.put(OutcomeDocument.class, UnescoArbitraries::outcomeDocuments);
    m.put(LearningCitiesConference.class, UnescoArbitraries::conferences);
    m.put(ConferencesCatalog.class, UnescoArbitraries::conferencesCatalogs);
    m.put(UnescoRegion.class, UnescoArbitraries::unescoRegions);
    m.put(RegionsCatalog.class, UnescoArbitraries::regionsCatalogs);
    m.put(ApplicationIssue.class, ApplicationArbitraries::applicationIssues);
    m.put(ApplicationCompleteness.class, ApplicationArbitraries::completenesses);
    m.put(ChallengeRating.class, ApplicationArbitraries::challengeRatings);
    m.put(CityProfile.class, ApplicationArbitraries::cityProfiles);
    m.put(ContactPerson.class, ApplicationArbitraries::contactPersons);
    m.put(Mayor.class, ApplicationArbitraries::mayors);
    m.put(Narratives.class, ApplicationArbitraries::narratives);
    m.put(Pledge.class, ApplicationArbitraries::pledges);
    m.put(NationalCommissionEndorsement.class, ApplicationArbitraries::endorsements);
    m.put(ApplicationPart1.class, ApplicationArbitraries::parts1);
    m.put(GnlcApplication.class, ApplicationArbitraries::applications);
    m.put(AwardRules.class, AwardArbitraries::awardRules);
    m.put(AwardCriterion.class, AwardArbitraries::awardCriteria);
    m.put(Awardee.class, AwardArbitraries::awardees);
    m.put(AwardCycle.class, AwardArbitraries::awardCycles);
    m.put(AwardCandidate.class, AwardArbitraries::awardCandidates);
    m.put(RuleFailure.class, AwardArbitraries::ruleFailures);
    m.put(AwardEligibility.class, AwardArbitraries::awardEligibilities);
    m.put(LearningCityAwardCatalog.class, AwardArbitraries::awardCatalogs);
    m.put(Violation.class, ValidationArbitraries::violations);
    // lcn-indicators: inputs
    m.put(Framework.class, FrameworkArbitraries::frameworks);
    m.put(Node.class, () -> FrameworkArbitraries.frameworks().flatMap(f ->
        net.jqwik.api.Arbitraries.of(f.nodes())));
    m.put(Unit.class, DatasetArbitraries::units);
    m.put(Dataset.class, DatasetArbitraries::datasets);
    m.put(Panel.class, DatasetArbitraries::panels);
    m.put(Parameters.class, PipelineArbitraries::parameters);
    m.put(Denomination.class, PipelineArbitraries::denominations);
    m.put(Screening.class, PipelineArbitraries::screenings);
    m.put(Imputation.class, PipelineArbitraries::imputations);
    m.put(Treatment.class, PipelineArbitraries::treatments);
    m.put(Normalisation.class, PipelineArbitraries::positiveNormalisations);
    m.put(Weighting.class, PipelineArbitraries::weightings);
    m.put(DataWeights.class, PipelineArbitraries::dataWeights);
    m.put(Aggregation.class, PipelineArbitraries::aggregations);
    m.put(Pipeline.class, PipelineArbitraries::pipelines);
    m.put(Factor.class, UncertaintyArbitraries::factors);
    m.put(UncertaintySpec.class, UncertaintyArbitraries::specs);
    // lcn-indicators: learning-city scoring
    m.put(MeasureScale.class, LearningCityArbitraries::measureScales);
    m.put(KflcAssessment.class, LearningCityArbitraries::kflcAssessments);
    m.put(KflcResults.class, LearningCityArbitraries::kflcResults);
    m.put(GuidelinesReadiness.class, LearningCityArbitraries::guidelinesReadiness);
    m.put(ReadinessResults.class, LearningCityArbitraries::readinessResults);
    m.put(CommitmentProgress.class, LearningCityArbitraries::commitmentProgress);
    // lcn-indicators: outputs, produced by running the engine and the analyses
    m.put(Results.class, OutputArbitraries::results);
    m.put(Diagnostics.class, OutputArbitraries::diagnostics);
    m.put(Comparison.class, OutputArbitraries::comparisons);
    m.put(Comparison.UnitChange.class, () -> OutputArbitraries.comparisons()
        .filter(c -> !c.changes().isEmpty()).map(c -> c.changes().get(0)));
    m.put(StrengthsAndWeaknesses.class, OutputArbitraries::strengthsAndWeaknesses);
    m.put(UncertaintyResult.class, UncertaintyArbitraries::results);
    m.put(Replication.class, () -> UncertaintyArbitraries.results()
        .flatMap(r -> net.jqwik.api.Arbitraries.of(r.replications())));
    m.put(UnitUncertainty.class, () -> UncertaintyArbitraries.results()
        .flatMap(r -> net.jqwik.api.Arbitraries.of(r.units())));
    m.put(Correlation.class, OutputArbitraries::correlations);
    m.put(CorrelationMatrix.class, OutputArbitraries::correlationMatrices);
    m.put(CronbachAlpha.class, OutputArbitraries::cronbachAlphas);
    m.put(DataAvailability.class, OutputArbitraries::dataAvailabilities);
    m.put(DataAvailability.UnitAvailability.class, OutputArbitraries::unitAvailabilities);
    m.put(EffectiveWeights.class, OutputArbitraries::effectiveWeights);
    m.put(io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons.class,
        io.github.learningcities.lcn.testkit.indicators.AggregationArbitraries::pairwiseComparisons);
    m.put(io.github.learningcities.lcn.indicators.ahp.AhpWeights.class,
        io.github.learningcities.lcn.testkit.indicators.AggregationArbitraries::ahpWeights);
    m.put(EffectiveWeights.NodeWeight.class, OutputArbitraries::nodeWeights);
    m.put(IndicatorStatistics.class, OutputArbitraries::indicatorStatistics);
    m.put(IndicatorStatistics.Thresholds.class, OutputArbitraries::thresholds);
    m.put(PrincipalComponents.class, OutputArbitraries::principalComponents);
    m.put(RemovalImpact.class, OutputArbitraries::removalImpacts);
    m.put(Trend.class, OutputArbitraries::trends);
    m.put(io.github.learningcities.lcn.indicators.audit.Audit.class, AuditArbitraries::audits);
    m.put(io.github.learningcities.lcn.indicators.audit.AuditSpec.class, AuditArbitraries::specs);
    m.put(io.github.learningcities.lcn.indicators.audit.AuditThresholds.class,
        AuditArbitraries::thresholds);
    m.put(io.github.learningcities.lcn.indicators.audit.Finding.class,
        AuditArbitraries::findings);
    m.put(io.github.learningcities.lcn.indicators.audit.Importance.class,
        AuditArbitraries::importances);
    m.put(io.github.learningcities.lcn.indicators.audit.Reliability.class,
        AuditArbitraries::reliabilities);
    m.put(io.github.learningcities.lcn.indicators.audit.WeightShare.class,
        AuditArbitraries::weightShares);
    m.put(Progress.class, OutputArbitraries::progress);
    m.put(Panel.Imputed.class, OutputArbitraries::imputedPanels);
    m.put(Panel.ImputedCell.class, OutputArbitraries::imputedPanelCells);
    m.put(Diagnostics.ImputedCell.class, () -> combine(DatasetArbitraries.values(),
        (v, u) -> new Diagnostics.ImputedCell(u, "i1", v, "mean")));
    m.put(Diagnostics.TreatedPoint.class, () -> combine(DatasetArbitraries.values(),
        (v, u) -> new Diagnostics.TreatedPoint(u, "i1", "winsorised", v + 1000, v)));
    m.put(Diagnostics.IndicatorTreatment.class, () -> net.jqwik.api.Arbitraries
        .integers().between(0, 5).map(w -> new Diagnostics.IndicatorTreatment("i1", "coinr",
            3.5, 12.0, w, Optional.empty(), 1.5, 3.0, true)));
    m.put(Diagnostics.TreatmentStage.class, () -> net.jqwik.api.Arbitraries.integers()
        .between(0, 5).map(w -> new Diagnostics.TreatmentStage(w == 0 ? "original"
            : "winsorised", w, 1.5 + w, 3.0 - w, w > 2)));
    m.put(io.github.learningcities.lcn.indicators.uncertainty.ReplaySample.class, () ->
        net.jqwik.api.Arbitraries.integers().between(1, 4).map(k ->
            new io.github.learningcities.lcn.indicators.uncertainty.ReplaySample(
                java.util.Collections.nCopies(k, Map.of("aggregation", "geometric",
                    "weights", Integer.toString(k))))));
    m.put(Diagnostics.ScreenedUnit.class, () -> combine(DatasetArbitraries.values(),
        (v, u) -> new Diagnostics.ScreenedUnit(u, "data availability below the threshold")));
    m.put(Diagnostics.Note.class, () -> combine(DatasetArbitraries.values(),
        (v, u) -> new Diagnostics.Note("constant-indicator", "i1", Optional.of(u),
            "all present values equal " + v)));
    m.put(StrengthsAndWeaknesses.IndicatorRank.class, () -> combine(DatasetArbitraries.values(),
        (v, u) -> new StrengthsAndWeaknesses.IndicatorRank("i1", 1, v)));
    // Without bootstrap resamples the intervals are undefined (NaN).
    m.put(SobolIndices.class, () -> net.jqwik.api.Combinators.combine(
        net.jqwik.api.Arbitraries.doubles().between(0, 1).ofScale(3),
        net.jqwik.api.Arbitraries.of(true, false)).as((x, bootstrapped) -> bootstrapped
            ? new SobolIndices("weights", x, 0, x, x, 0, 1)
            : new SobolIndices("weights", x, Double.NaN, Double.NaN, x, Double.NaN,
                Double.NaN)));
    m.put(Sensitivity.class, UncertaintyArbitraries::sensitivities);
    return m;
  }

  private static <T> Arbitrary<T> combine(Arbitrary<Double> values,
      java.util.function.BiFunction<Double, String, T> f) {
    return net.jqwik.api.Combinators.combine(values,
        net.jqwik.api.Arbitraries.integers().between(1, 12).map(i -> "u" + i)).as(f::apply);
  }
}
