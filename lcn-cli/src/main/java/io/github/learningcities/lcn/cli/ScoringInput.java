package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.unesco.Area;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.SuggestedMeasurement;
import io.github.learningcities.lcn.model.unesco.Tier;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a command scores: a framework, a dataset and the input's own pipeline, with labels for
 * nodes and units in the report's language, and where they came from.
 *
 * @param source the file names or the built-in data's name, for messages
 * @param title a title for reports
 * @param framework the framework
 * @param dataset the dataset
 * @param pipeline the input's pipeline, before the command's options change it
 * @param kflc the KFLC self-assessment, when the input is one
 * @param synthetic the generator, when the data are synthetic
 * @param coinr the COINr tables, when the input was read from them
 * @param nodeLabels node code to its label
 * @param unitLabels unit code to its label
 */
record ScoringInput(String source, String title, Framework framework, Dataset dataset,
    Pipeline pipeline, Optional<KflcAssessment> kflc, Optional<SyntheticAssessment> synthetic,
    Optional<CoinrInput> coinr, Map<String, String> nodeLabels, Map<String, String> unitLabels) {

  static final String BUILTIN_KFLC = "kflc-ua";

  static ScoringInput of(CoinrInput in, String source) {
    Map<String, String> nodes = new LinkedHashMap<>();
    for (Node n : in.framework().nodes()) {
      nodes.put(n.code(), n.name());
    }
    Map<String, String> units = new LinkedHashMap<>();
    for (Unit u : in.dataset().units()) {
      units.put(u.code(), u.name());
    }
    return new ScoringInput(source, in.framework().root().name(), in.framework(), in.dataset(),
        in.pipeline(), Optional.empty(), Optional.empty(), Optional.of(in), nodes, units);
  }

  static ScoringInput kflc(long seed, String language) {
    UkrainianNetwork ua = UkrainianNetwork.get();
    KeyFeaturesCatalog catalog = KeyFeaturesCatalog.builtIn();
    SyntheticAssessment generator = SyntheticAssessment.of(ua, seed);
    KflcAssessment assessment = generator.assessment(catalog, language);
    boolean uk = language.equals("uk");
    Map<String, String> nodes = new LinkedHashMap<>();
    nodes.put(KflcAssessment.ROOT, uk ? "Ключові характеристики міст, що навчаються"
        : "Key Features of Learning Cities");
    for (Tier t : catalog.tiers()) {
      nodes.put(KflcAssessment.tierNode(t.code()), t.title().in(language));
      for (Area a : t.areas()) {
        nodes.put(KflcAssessment.areaNode(a.code()), a.code() + " " + a.title().in(language));
        for (KeyFeature f : a.features()) {
          nodes.put(KflcAssessment.featureNode(f.code()), f.code() + " " + f.title().in(language));
          nodes.put(KflcAssessment.maturityNode(f.code()),
              (uk ? "Рівень зрілості " : "Maturity ") + f.code());
          for (SuggestedMeasurement m : f.measurements()) {
            nodes.put(KflcAssessment.measureNode(m.code()), m.code() + " "
                + m.title().in(language));
          }
        }
      }
    }
    nodes.keySet().retainAll(assessment.framework().nodes().stream().map(Node::code).toList());
    Map<String, String> units = new LinkedHashMap<>();
    for (Unit u : assessment.dataset().units()) {
      units.put(u.code(), u.name());
    }
    String title = (uk ? "Самооцінювання KFLC міст-підписантів Мелітопольської декларації"
        : "KFLC self-assessment of the Melitopol Declaration's signatory cities")
        + " (" + SyntheticAssessment.label(language) + ")";
    String source = uk ? "вбудовані дані '" + BUILTIN_KFLC + "' (зерно " + seed + ")"
        : "built-in data '" + BUILTIN_KFLC + "' (seed " + seed + ")";
    return new ScoringInput(source, title,
        assessment.framework(), assessment.dataset(), assessment.pipeline(),
        Optional.of(assessment), Optional.of(generator), Optional.empty(), nodes, units);
  }

  /** The pipeline with the parameters a normalisation takes from iMeta filled in. */
  Pipeline resolve(Pipeline p) {
    return coinr.isPresent() ? coinr.get().resolve(p) : p;
  }

  boolean isSynthetic() {
    return synthetic.isPresent();
  }

  String nodeLabel(String code) {
    return nodeLabels.getOrDefault(code, code);
  }

  String unitLabel(String code) {
    return unitLabels.getOrDefault(code, code);
  }
}
