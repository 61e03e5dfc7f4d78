package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
  void writesUkrainian() throws Exception {
    Path out = dir.resolve("kflc-uk.html");
    Run r = Run.lcn("report", "--builtin", "kflc-ua", "--lang", "uk", "--no-uncertainty", "-o",
        out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out, UTF_8);
    assertThat(html).contains("<html lang=\"uk\">").contains("Рейтинг")
        .contains("Мелітополь").contains("SYNTHETIC").doesNotContain("id=\"rank-intervals\"");
    Run.assertSelfContained(html);
  }

  @Test
  void anUnknownLanguageIsBadUsage() {
    Run r = Run.lcn("report", "--builtin", "kflc-ua", "--lang", "fr", "-o",
        dir.resolve("x.html").toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("fr");
  }
}
