package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesOneSelfContainedPageWithEveryChart() throws Exception {
    Path out = dir.resolve("asem.html");
    Run r = Run.lcn("report", "-d", Run.data(), "-m", Run.meta(), "-N", "16", "-o",
        out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out, UTF_8);
    Run.assertSelfContained(html);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
        .contains("id=\"ranking-chart\"", "id=\"profile-chart\"", "id=\"rank-intervals\"",
            "id=\"framework-tree\"", "id=\"quality\"")
        .contains("Ranking", "Rank intervals", "Data quality")
        .doesNotContain("SYNTHETIC");
    // The ASEM profile is the eight pillars under the two sub-indices.
    assertThat(html).contains("Connectivity").contains("Sustainability");
    assertThat(html.split("class=\"bar\"", -1)).hasSize(51 + 1);
  }

  @Test
  void theFrameworkTreeShowsASharedNodeWithItsWeightUnderEachParent() throws Exception {
    // Regression: a node with a further parent (Parents column) showed its primary weight
    // under both parents. LPI weighs 1 under Physical and, added here, 0.25 under ConEcFin.
    List<String> meta = new java.util.ArrayList<>(Files.readAllLines(Path.of(Run.meta()), UTF_8));
    meta.set(0, meta.get(0) + ",Parents");
    for (int i = 1; i < meta.size(); i++) {
      meta.set(i, meta.get(i) + (meta.get(i).startsWith("1,LPI,") ? ",ConEcFin:0.25" : ","));
    }
    Path m = dir.resolve("shared_iMeta.csv");
    Files.write(m, meta, UTF_8);
    Path out = dir.resolve("shared.html");

    Run r = Run.lcn("report", "-d", Run.data(), "-m", m.toString(), "--no-uncertainty", "-o",
        out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out, UTF_8);
    String tree = html.substring(html.indexOf("id=\"framework-tree\""));
    tree = tree.substring(0, tree.indexOf("</svg>"));
    List<String> lpi = java.util.Arrays.stream(tree.split("<text ", -1))
        .filter(t -> t.contains(">Logistics Performance Index <tspan"))
        .map(t -> t.substring(t.indexOf("<tspan class=\"value\">") + 21, t.indexOf("</tspan>")))
        .toList();
    assertThat(lpi).containsExactly("weight 1.0", "weight 0.3");
  }

  @Test
  void writesUkrainian() throws Exception {
    Path out = dir.resolve("kflc-uk.html");
    Run r = Run.lcn("report", "--builtin", "kflc-ua", "--lang", "uk", "--no-uncertainty", "-o",
        out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out, UTF_8);
    assertThat(html).contains("<html lang=\"uk\">").contains("Рейтинг")
        .contains("Мелітополь").contains("СИНТЕТИЧНІ").doesNotContain("SYNTHETIC")
        .doesNotContain("id=\"rank-intervals\"");
    Run.assertSelfContained(html);
  }

  @Test
  void anUnknownLanguageIsBadUsage() {
    Run r = Run.lcn("report", "--builtin", "kflc-ua", "--lang", "fr", "-o",
        dir.resolve("x.html").toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("fr");
  }

  @Test
  void theUkrainianReportHasNoEnglishHeadingAndExplainsEngineNotesInUkrainian()
      throws Exception {
    // LPI made constant: min-max normalisation notes it as a constant-indicator.
    List<String> data = Files.readAllLines(Run.resource("ASEM_iData.csv"), UTF_8);
    int lpi = List.of(data.get(0).split(",", -1)).indexOf("LPI");
    for (int i = 1; i < data.size(); i++) {
      String[] row = data.get(i).split(",", -1);
      row[lpi] = "3";
      data.set(i, String.join(",", row));
    }
    Path d = dir.resolve("constant_iData.csv");
    Files.write(d, data, UTF_8);
    Path out = dir.resolve("asem-uk.html");

    Run r = Run.lcn("report", "-d", d.toString(), "-m", Run.meta(), "-N", "16", "--lang", "uk",
        "-o", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out, UTF_8);
    assertThat(html).contains("<html lang=\"uk\">", "Рейтинг", "Інтервали рангів",
        "Якість даних", "Метод: ", "нормалізація: ", "агрегування: ", "Відсутні значення")
        .contains("LPI: усі наявні значення індикатора однакові")
        .doesNotContain("англ.", "all present values equal 3.0");
    assertThat(html).doesNotContain("Ranking", "Profiles across areas", "Rank intervals",
        ">Framework<", "Data quality", "Commitment progress", "Data: ", "Method: ",
        "Made with", "Missing values", "imputation ", "normalisation ", "weights ",
        "aggregation ", " and " + d);
  }

  @Test
  void theEnglishReportShowsTheEngineNoteAsItIs() throws Exception {
    Path out = dir.resolve("asem-en.html");
    Run r = Run.lcn("report", "-d", Run.data(), "-m", Run.meta(), "--no-uncertainty", "-o",
        out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out, UTF_8)).contains("Method: ", "normalisation ",
        "aggregation ").doesNotContain("англ.", "нормалізація");
  }
}
