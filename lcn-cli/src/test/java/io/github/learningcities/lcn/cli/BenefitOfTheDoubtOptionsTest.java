package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Benefit-of-the-Doubt methods through {@code -a}, with their parameters checked. */
class BenefitOfTheDoubtOptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"bod", "bod:lowerShare=0,upperShare=0.9", "bod-directional",
      "bod-robust:m=10,b=20,seed=3"})
  void scoresWithEachMethod(String method) {
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-a", method, "-q");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Index");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bod:lowerShare=0.5,upperShare=0.2|lowerShare <= upperShare",
      "bod:upperShre=0.5|did you mean 'upperShare'?",
      "bod-robust:m=2.5|a whole number",
      "bod-robust:m=0|'m' is 0.0",
  })
  void aParameterOutOfItsRangeIsExitTwo(String value, String message) {
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-a", value, "-q");

    assertThat(r.exit()).as(r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains(value).contains(message);
  }

  /** The CLI splits parameters on commas, so a direction is written with semicolons. */
  @org.junit.jupiter.api.Test
  void aDirectionIsWrittenWithSemicolons() throws Exception {
    PipelineOptions o = new PipelineOptions();
    o.aggregation = "bod-directional:direction=1;1;0.5";
    Pipeline p = o.apply(Pipeline.coinrDefault());

    assertThat(p.aggregation().method()).isEqualTo("bod-directional");
    assertThat(p.aggregation().parameters().text("direction")).contains("1;1;0.5");
    assertThat(Aggregation.bodDirectional(1, 1, 0.5).parameters().text("direction"))
        .contains("1.0;1.0;0.5");
  }
}
