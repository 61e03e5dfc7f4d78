package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.MethodSignature;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ukrainian reports speak Ukrainian throughout: the visible text of the demo's Ukrainian
 * report (tooltips included) holds no English word, only the names that are names in any
 * language; and every built-in method and parameter has a readable label in both languages.
 */
class UkrainianReportTextTest {
  /**
   * Names and codes that stay as they are in a Ukrainian text: product and method names, and
   * what a user types ({@code lcn report}, the built-in data {@code kflc-ua}).
   */
  private static final Set<String> NAMES = Set.of("LCN", "SDK", "lcn", "report", "COINr",
      "NaN", "KFLC", "UNESCO", "kflc");
  private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

  @TempDir
  Path dir;

  @Test
  void theDemosUkrainianReportHasNoEnglishWord() throws Exception {
    Run r = Run.lcn("demo", "--out", dir.toString(), "--samples", "16", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(dir.resolve("report-uk.html"), UTF_8);

    String text = visibleText(html);
    Set<String> english = new TreeSet<>();
    Matcher m = LATIN_WORD.matcher(text);
    while (m.find()) {
      if (!NAMES.contains(m.group())) {
        english.add(m.group());
      }
    }
    assertThat(text).contains("Метод: ").contains("ваги: зі структури");
    assertThat(english).as("English words in the Ukrainian report's text").isEmpty();
  }

  @Test
  void theUkrainianAuditReportHasNoEnglishWord() throws Exception {
    Path out = dir.resolve("audit-uk.html");
    Run r = Run.lcn("audit", "--builtin", "kflc-ua", "--lang", "uk", "-N", "8", "-o",
        out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Run quick = Run.lcn("audit", "--builtin", "kflc-ua", "--lang", "uk", "--no-uncertainty",
        "-o", dir.resolve("audit-uk-quick.html").toString());
    assertThat(quick.exit()).as(quick.err()).isZero();

    for (Path page : List.of(out, dir.resolve("audit-uk-quick.html"))) {
      String text = visibleText(Files.readString(page, UTF_8));
      Set<String> english = new TreeSet<>();
      Matcher m = LATIN_WORD.matcher(text);
      while (m.find()) {
        if (!NAMES.contains(m.group()) && !m.group().equals("audit")) {
          english.add(m.group());
        }
      }
      assertThat(text).contains("Статистичний аудит", "Висновки", "Альфа Кронбаха");
      assertThat(english).as("English words in the Ukrainian audit report %s", page).isEmpty();
    }
  }

  @Test
  void everyBuiltInMethodAndParameterHasALabelInBothLanguages() {
    MethodRegistry registry = MethodRegistry.standard();
    List<String> missing = new ArrayList<>();
    for (String language : List.of("uk", "en")) {
      Messages m = Messages.of(language);
      for (MethodKind kind : MethodKind.values()) {
        for (String name : registry.names(kind)) {
          if (m.find(MethodLabels.methodKey(kind, name)).isEmpty()) {
            missing.add(language + " " + MethodLabels.methodKey(kind, name));
          }
          for (ParameterSpec p : registry.signature(kind, name)
              .map(MethodSignature::parameters).orElse(List.of())) {
            if (m.find(MethodLabels.parameterKey(p.name())).isEmpty()) {
              missing.add(language + " " + MethodLabels.parameterKey(p.name()));
            }
          }
        }
      }
    }
    assertThat(missing).as("labels missing from the report catalogues").isEmpty();
  }

  /** The text a reader sees (tooltips included): no style sheet, no tags, entities resolved. */
  private static String visibleText(String html) {
    String body = html.replaceAll("(?s)<style>.*?</style>", " ")
        .replaceAll("(?s)<head>.*?</head>", " ")
        .replaceAll("<[^>]+>", " ");
    return body.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'");
  }
}
