package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --data-weights}: weights from the data chosen on the command line (issue 14). */
class DataWeightsOptionTest {

  @Test
  void specificationsAreAddedToTheWeighting() throws Exception {
    PipelineOptions o = new PipelineOptions();
    o.weights = "equal";
    o.dataWeights = List.of("pca@1:variant=ch,dim=2", "balance@2:target.Conn=2");
    Pipeline p = o.apply(Pipeline.coinrDefault());

    assertThat(p.weighting()).isEqualTo(Weighting.equal()
        .withDataWeights(DataWeights.pca("ch", 2, 1))
        .withDataWeights(DataWeights.balance(Map.of("Conn", 2.0), 2)));
  }

  @Test
  void scoringWithDataWeightsRuns() {
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "--data-weights", "pca@1",
        "--data-weights", "infomax@2", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pca|expected METHOD@LEVELS",
      "pca@x|level 'x' is not a whole number",
      "bod@1|method 'bod' is unknown",
      "pca@1:variant=two|'variant' is two; expected kaiser, one, all or ch",
      "pca@1:dim|'dim' is not key=value",
      "infomax@2:correlation=pearson,correlation=kendall|given twice",
      "pca@9|expected a level from 1 to",
  })
  void anInvalidSpecificationIsExitTwoNamingTheProblem(String value, String message) {
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "--data-weights", value, "-q");

    assertThat(r.exit()).as(r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains(value.contains("@9") ? "level 9" : value).contains(message);
  }

  @Test
  void pcaWeightsAreAnUncertaintyFactor(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run r = Run.lcn("analyse", "-d", Run.data(), "-m", Run.meta(), "-N", "8", "-s", "3",
        "--vary", "pca,aggregation", "-o", dir.resolve("u.csv").toString(), "-q");
    assertThat(r.exit()).as(r.err()).isZero();
  }
}
