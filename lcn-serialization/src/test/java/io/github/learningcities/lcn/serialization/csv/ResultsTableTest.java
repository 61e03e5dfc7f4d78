package io.github.learningcities.lcn.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTableTest {
  private static final Framework FRAMEWORK = Framework.builder()
      .node(Node.of("Index", null))
      .node(Node.of("Бібліотеки", "Index"))
      .node(Node.of("Events", "Index"))
      .build();

  @Test
  void scoresThenRanksPerNodeWithMissingAsAnEmptyField(@TempDir Path dir) throws IOException {
    ResultsDocument doc = new ResultsDocument(FRAMEWORK, Pipeline.coinrDefault(), List.of(
        new ResultsDocument.UnitResults("Мелітополь",
            Map.of("Index", 68.75, "Бібліотеки", 37.5, "Events", 100.0),
            Map.of("Index", 2, "Бібліотеки", 2, "Events", 1)),
        new ResultsDocument.UnitResults("Київ",
            Map.of("Index", 75.0, "Бібліотеки", 100.0),
            Map.of("Index", 1, "Бібліотеки", 1))),
        new Diagnostics(List.of(), List.of(), List.of(), List.of(), List.of()));
    Path file = dir.resolve("results.csv");

    ResultsTable.write(doc, file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
        unit,score:Index,score:Бібліотеки,score:Events,rank:Index,rank:Бібліотеки,rank:Events
        Мелітополь,68.75,37.5,100,2,2,1
        Київ,75,100,,1,1,
        """);
  }

  @Test
  void aRunsResultsAreWrittenInUnitOrder() throws IOException {
    Dataset data = Dataset.builder()
        .unit(Unit.of("Мелітополь", null)).unit(Unit.of("Київ", null)).unit(Unit.of("Львів", null))
        .value("Мелітополь", "Бібліотеки", 12).value("Мелітополь", "Events", 40)
        .value("Київ", "Бібліотеки", 300).value("Київ", "Events", 900)
        .value("Львів", "Бібліотеки", 120).value("Львів", "Events", 250)
        .build();
    Results results = Engine.standard().run(FRAMEWORK, data, Pipeline.coinrDefault());
    StringWriter out = new StringWriter();

    ResultsTable.write(results, out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo(
        "unit,score:Index,score:Бібліотеки,score:Events,rank:Index,rank:Бібліотеки,rank:Events");
    assertThat(lines.get(1)).startsWith("Мелітополь,0,0,0,3,3,3");
    assertThat(lines.get(2)).isEqualTo("Київ,100,100,100,1,1,1");
    assertThat(lines.get(3)).startsWith("Львів,");
  }
}
