package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.uncertainty.Progress;
import io.github.learningcities.lcn.serialization.LcnJson;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit document of the demo, as {@code lcn demo} and {@code lcn audit} write it (streamed,
 * {@link AuditCommand#json}), against the SDK's databind mapping of the same audit: the same
 * bytes, with its 300 replications (a few distinct pipelines, each repeated) and every section.
 */
class AuditDocumentStreamTest {
  @Test
  void theDemosAuditIsWrittenWithTheBytesOfTheSdksMapping() throws Exception {
    for (String language : new String[] {"en", "uk"}) {
      ScoringInput in = ScoringInput.kflc(SyntheticAssessment.DEFAULT_SEED, language);
      Results r = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
      UncertaintyOptions uo = new UncertaintyOptions();
      uo.samples = Integer.parseInt(DemoCommand.SAMPLES);
      uo.seed = SyntheticAssessment.DEFAULT_SEED;
      uo.threads = 2;
      uo.vary = List.of(UncertaintyOptions.Vary.WEIGHTS, UncertaintyOptions.Vary.AGGREGATION);
      Audit audit = AuditCommand.run(in, r, uo, false, false, Progress.NONE,
          new CommonOptions());

      ByteArrayOutputStream reference = new ByteArrayOutputStream();
      LcnJson.standard().write(audit, reference);
      ByteArrayOutputStream streamed = new ByteArrayOutputStream();
      AuditCommand.json(audit).writeTo(streamed);

      assertThat(audit.uncertainty().orElseThrow().replications()).hasSize(900);
      assertThat(streamed.toString(UTF_8)).isEqualTo(reference.toString(UTF_8));
      assertThat(streamed.toByteArray()).isEqualTo(reference.toByteArray());
    }
  }
}
