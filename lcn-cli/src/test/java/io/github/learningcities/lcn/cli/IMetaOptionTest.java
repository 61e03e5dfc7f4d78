package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: {@code -n METHOD:iMeta=true} (and a pipeline document with {@code "iMeta": true})
 * take the normalisation's parameters per indicator from iMeta's columns, as COINr's
 * {@code use_iMeta} does.
 */
class IMetaOptionTest {
  @TempDir
  Path dir;

  /** ASEM's tables with goalposts 1 and 1000 times each indicator's first value, scale 100. */
  private Path[] tablesWithGoalposts() throws Exception {
    CoinrInput asem = CoinrTables.read(Run.resource("ASEM_iData.csv"),
        Run.resource("ASEM_iMeta.csv"));
    Map<String, Map<String, String>> extras = new LinkedHashMap<>();
    for (Node leaf : asem.framework().indicators()) {
      extras.put(leaf.code(), Map.of("goalpost_lower", "0", "goalpost_upper",
          leaf.code().equals("LPI") ? "5" : "1000", "goalpost_scale", "100",
          "goalpost_trunc2posts", "TRUE"));
    }
    List<String> columns = new ArrayList<>(CoinrTables.META_COLUMNS);
    columns.addAll(List.of("goalpost_lower", "goalpost_upper", "goalpost_scale",
        "goalpost_trunc2posts"));
    CoinrInput in = new CoinrInput(asem.framework(), asem.dataset(), asem.pipeline(),
        asem.variables(), asem.times(), asem.otherData(), extras, asem.dataColumns(), columns,
        asem.metaOrder());
    Path d = dir.resolve("iData.csv");
    Path m = dir.resolve("iMeta.csv");
    CoinrTables.write(in, d, m);
    return new Path[] {d, m};
  }

  @Test
  void theOptionScoresAsTheResolvedPipelineDocumentDoes() throws Exception {
    Path[] t = tablesWithGoalposts();
    CoinrInput in = CoinrTables.read(t[0], t[1]);
    Pipeline resolved = in.resolve(in.pipeline().withNormalisation(
        Normalisation.fromIMeta("goalposts")));
    Path pipeline = dir.resolve("resolved.json");
    LcnJson.standard().write(resolved, pipeline);
    Path byOption = dir.resolve("by-option.csv");
    Path byDocument = dir.resolve("by-document.csv");

    Run a = Run.lcn("score", "-d", t[0].toString(), "-m", t[1].toString(), "-n",
        "goalposts:iMeta=true", "-q", "-o", byOption.toString());
    Run b = Run.lcn("score", "-d", t[0].toString(), "-m", t[1].toString(), "-p",
        pipeline.toString(), "-q", "-o", byDocument.toString());

    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(Files.readString(byOption, UTF_8)).isEqualTo(Files.readString(byDocument, UTF_8));
    String lpi = resolved.normalisation().orElseThrow().forIndicator("LPI").parameters()
        .asMap().toString();
    assertThat(lpi).contains("upper=5.0").contains("lower=0.0");
  }

  @Test
  void aPipelineDocumentThatAsksForIMetaIsResolvedToo() throws Exception {
    Path[] t = tablesWithGoalposts();
    Path pipeline = dir.resolve("asks.json");
    LcnJson.standard().write(Pipeline.coinrDefault().withNormalisation(
        Normalisation.fromIMeta("goalposts")), pipeline);
    Run r = Run.lcn("score", "-d", t[0].toString(), "-m", t[1].toString(), "-p",
        pipeline.toString(), "-q", "-o", dir.resolve("s.csv").toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void tablesWithoutTheColumnsAreExitTwoNamingThem() {
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-n", "goalposts:iMeta=true",
        "-q");
    assertThat(r.exit()).as(r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("goalpost_lower").contains("iMeta");
  }
}
