package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #11: misspelt, wrongly cased or unknown method parameters in options and pipeline
 * documents fell back to defaults, and ranking-inverting parameters were accepted. Every such
 * option is now exit 2 with a message naming the option, the method and the parameter.
 */
class PipelineOptionsTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-n|minmax:lowr=1,upper=100|did you mean 'lower'?",
      "-n|minmax:Lower=1|did you mean 'lower'?",
      "-n|zscore:mean=100,SD=10|did you mean 'sd'?",
      "-n|minmax:lower=100,upper=1|lower < upper",
      "-n|goalposts:lower=10,upper=0|lower < upper",
      "-n|zscore:sd=0|'sd' is 0.0; expected a number > 0",
      "-n|minmax:lower=abc|'lower' is 'abc'; expected a number",
      "-n|minmax:lower=NaN|'lower' is 'NaN'; expected a number",
      "-n|minmax:lower=1,lower=2|given twice",
      "-n|none:lower=1|none takes no parameters",
      "-n|rank:lower=1|takes no parameters",
      "-a|generalised:P=2|did you mean 'p'?",
      "-a|generalised:p=0|p != 0",
      "-a|mazziotta-pareto:penalty=neg|one of positive, negative",
      "-t|coinr:winmax=2.5|a whole number",
      "-t|coinr:winmx=3|did you mean 'winmax'?",
      "-t|winsorise:winmx=3|did you mean 'winmax'?",
      "-t|log:variant=ln|one of log-ct, log-ct-plus, log-ct-orig",
      "-t|coinr:forceWinsorise=yes|expected true or false",
      "-i|group-mean:grp=EurAsia_group|did you mean 'group'?",
      "-i|mean:group=x|takes no parameters",
      "-i|knn:k=0|'k' is 0",
      "-i|knn:K=3|did you mean 'k'?",
      "-i|em:tolerance=0|'tolerance' is 0.0",
      "-i|regression:draw=-1|'draw' is -1",
  })
  void aParameterTheMethodDoesNotTakeIsExitTwo(String option, String value, String message) {
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), option, value, "-q");

    assertThat(r.exit()).as(r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains(value).contains(message);
  }

  @Test
  void valuesAreReadAsTheMethodDeclaresThem() throws Exception {
    PipelineOptions o = new PipelineOptions();
    o.imputation = "group-mean:group=2019";
    o.treatment = "winsorise:winmax=3";
    Pipeline p = o.apply(Pipeline.coinrDefault());

    assertThat(p.imputation()).contains(Imputation.groupMean("2019"));
    assertThat(p.treatment().orElseThrow().parameters())
        .isEqualTo(Treatment.coinrDefault().parameters().with("winmax", 3.0));
    assertThat(Parameters.of(Map.of("group", "2019")))
        .isEqualTo(p.imputation().orElseThrow().parameters());
  }

  @Test
  void multivariateImputationsAndTheirReplicationsAreOptions() throws Exception {
    PipelineOptions o = new PipelineOptions();
    o.imputation = "knn:k=3";
    assertThat(o.apply(Pipeline.coinrDefault()).imputation())
        .contains(Imputation.nearestNeighbours(3));
    o.imputation = "em:draw=2";
    assertThat(o.apply(Pipeline.coinrDefault()).imputation()).contains(
        Imputation.multiple(Imputation.expectationMaximisation(), 2).get(1));
    o.imputation = "regression";
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-i", "regression", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(o.apply(Pipeline.coinrDefault()).imputation()).contains(Imputation.regression());
  }

  @Test
  void aPipelineDocumentWithAMisspeltParameterIsRefusedWithItsPointer() throws Exception {
    Path f = dir.resolve("pipeline.json");
    Files.writeString(f, """
        {
          "lcnDocument" : "pipeline",
          "formatVersion" : "1.0",
          "pipeline" : {
            "normalisation" : { "method" : "minmax", "parameters" : { "lowr" : 1, "upper" : 100 } },
            "weighting" : { "source" : "framework" },
            "aggregation" : { "method" : "arithmetic" }
          }
        }
        """, UTF_8);

    Run score = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-p", f.toString(), "-q");
    assertThat(score.exit()).as(score.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(score.err()).contains("/pipeline/normalisation")
        .contains("parameter 'lowr' is unknown; did you mean 'lower'?");

    Run validate = Run.lcn("validate", f.toString());
    assertThat(validate.exit()).as(validate.out() + validate.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(validate.out()).contains("lowr");
  }

  @Test
  void aPipelineDocumentWithADoctypeIsExitTwoNamingItsLine() throws Exception {
    Path f = dir.resolve("pipeline.xml");
    Files.writeString(f, """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE pipelineDocument>
        <pipelineDocument lcnDocument="pipeline" formatVersion="1.0">
          <pipeline>
            <weighting><source>framework</source></weighting>
            <aggregation><method>arithmetic</method></aggregation>
          </pipeline>
        </pipelineDocument>
        """, UTF_8);

    Run score = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-p", f.toString(), "-q");
    assertThat(score.exit()).as(score.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(score.err()).contains("line 2, column 1").contains("DOCTYPE");
  }
}
