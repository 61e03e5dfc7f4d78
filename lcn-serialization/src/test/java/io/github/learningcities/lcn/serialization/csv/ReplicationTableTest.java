package io.github.learningcities.lcn.serialization.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.ReplaySample;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: the table of replications an analysis replays: written by the SDK and read back it
 * replays the SDK's own run exactly; read from elsewhere its errors name line and column.
 */
class ReplicationTableTest {
  private static final UncertaintySpec SPEC = UncertaintySpec.of(List.of(
      Factor.normalisation("normalisation",
          List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
      Factor.aggregation("aggregation",
          List.of(Aggregation.arithmetic(), Aggregation.geometric())),
      Factor.weightNoise("weights", 1, 0.25, 10)), 40, 11L);

  @TempDir
  Path dir;

  @Test
  void theSdksOwnSampleWrittenAndReadBackReplaysItsRunOnAsem() throws Exception {
    CoinrInput in = CoinrTables.read(
        Path.of(getClass().getResource("/coinr-asem/inputs/ASEM_iData.csv").toURI()),
        Path.of(getClass().getResource("/coinr-asem/inputs/ASEM_iMeta.csv").toURI()));
    Results nominal = Engine.standard().run(in.framework(), in.dataset(), in.pipeline()
        .withNormalisation(Normalisation.minMax(1, 100)));
    UncertaintyResult own = UncertaintyAnalysis.run(Engine.standard(), nominal, SPEC);
    Path file = dir.resolve("replications.csv");
    ReplicationTable.write(ReplaySample.of(own, SPEC), SPEC, file);
    List<String> lines = Files.readAllLines(file, UTF_8);
    assertThat(lines).hasSize(41);
    assertThat(lines.get(0)).isEqualTo("run,normalisation,aggregation,weights");

    ReplaySample read = ReplicationTable.read(file, SPEC);
    UncertaintyResult replayed = UncertaintyAnalysis.replay(Engine.standard(), nominal, SPEC,
        read);
    assertThat(replayed.units()).isEqualTo(own.units());
  }

  @Test
  void columnsMayComeInAnyOrderWithoutRunAndWithNames() throws Exception {
    ReplaySample s = ReplicationTable.read(new StringReader(
        "weights,aggregation,normalisation\n3,geometric,\" 2\"\n"), "t.csv", SPEC);
    assertThat(s.runs().get(0)).containsEntry("aggregation", "geometric")
        .containsEntry("normalisation", "2").containsEntry("weights", "3");
  }

  @Test
  void anUnknownFactorIsNamedWithItsLineAndColumn() {
    assertThatThrownBy(() -> ReplicationTable.read(new StringReader(
        "run,normalisation,agregation,weights\n1,1,1,1\n"), "t.csv", SPEC))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("t.csv, line 1, column 19")
        .hasMessageContaining("column 'agregation' names no factor")
        .hasMessageContaining("[normalisation, aggregation, weights]");
  }

  @Test
  void anUnknownAlternativeIsNamedWithItsLineAndColumn() {
    assertThatThrownBy(() -> ReplicationTable.read(new StringReader(
        "run,normalisation,aggregation,weights\n1,1,1,1\n2,1,median,1\n"), "t.csv", SPEC))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("t.csv, line 3, column 5")
        .hasMessageContaining("'median' is not an alternative")
        .hasMessageContaining("arithmetic, geometric");
    assertThatThrownBy(() -> ReplicationTable.read(new StringReader(
        "run,normalisation,aggregation,weights\n1,1,1,11\n"), "t.csv", SPEC))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("line 2, column 7")
        .hasMessageContaining("expected its position, 1 to 10");
  }

  @Test
  void aMissingFactorATwiceNamedFactorAndNoRunsAreRefused() {
    assertThatThrownBy(() -> ReplicationTable.read(new StringReader(
        "normalisation,aggregation\n1,1\n"), "t.csv", SPEC))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("no column for factor(s) [weights]");
    assertThatThrownBy(() -> ReplicationTable.read(new StringReader(
        "normalisation,aggregation,weights,aggregation\n1,1,1,1\n"), "t.csv", SPEC))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("'aggregation' appears twice");
    assertThatThrownBy(() -> ReplicationTable.read(new StringReader(
        "normalisation,aggregation,weights\n"), "t.csv", SPEC))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("no runs");
  }
}
