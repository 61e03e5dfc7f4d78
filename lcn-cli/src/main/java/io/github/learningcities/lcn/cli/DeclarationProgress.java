package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import io.github.learningcities.lcn.cli.report.ReportContent;
import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Melitopol Declaration's commitment progress on the synthetic records. */
final class DeclarationProgress {
  private DeclarationProgress() {}

  static CommitmentProgress of(SyntheticAssessment generator) {
    return CommitmentProgress.of(generator.declarationWithProgress(), generator.cities());
  }

  static ReportContent.Commitments content(SyntheticAssessment generator, String language) {
    CommitmentProgress p = of(generator);
    Declaration d = p.declaration();
    List<Map.Entry<String, Double>> byCommitment = new ArrayList<>();
    for (Commitment c : d.commitments()) {
      byCommitment.add(Map.entry(c.code().value() + " " + c.text().in(language),
          p.commitmentShare(c.code())));
    }
    List<Map.Entry<String, Double>> byCity = new ArrayList<>();
    for (CityId city : p.cities()) {
      byCity.add(Map.entry(generator.cityName(city, language), p.cityShare(city)));
    }
    return new ReportContent.Commitments(d.title().in(language) + " ("
        + SyntheticAssessment.label(language) + ")", SyntheticAssessment.PROGRESS_DATE.toString(),
        p.overall(), byCommitment, byCity);
  }

  static String table(SyntheticAssessment generator) {
    CommitmentProgress p = of(generator);
    StringBuilder sb = new StringBuilder(Csv.row(List.of("city", "cityName", "commitment",
        "status", "recorded", "data")));
    for (CityId city : p.cities()) {
      for (var code : p.commitments()) {
        sb.append(Csv.row(List.of(city.value(), generator.cityName(city, "en"), code.value(),
            p.status(city, code).name(),
            Boolean.toString(p.recordedStatus(city, code).isPresent()),
            SyntheticAssessment.LABEL)));
      }
    }
    return sb.toString();
  }
}
