package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the demo report in headless Chromium (Debian package {@code chromium}; .ci/run
 * installs it) and checks that the page loads without console errors, that the charts are
 * there with non-empty bars, and that a screenshot is not blank. Without Chromium the test
 * fails: the report's rendering is part of what CI checks.
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("lcn.chromium",
      "/usr/bin/chromium"));
  private static final Pattern BAR = Pattern.compile(
      "<rect class=\"bar\"[^>]*?width=\"([0-9.]+)\"");

  private static final Pattern FIT = Pattern.compile(
      "<pre id=\"fit-check\">scrollWidth=(\\d+);clipped=([^<]*)</pre>");

  private static final String FIT_PROBE = """
      <script>
      (function () {
        var bad = [];
        document.querySelectorAll('svg.chart').forEach(function (s) {
          var b = s.getBBox();
          var v = s.viewBox.baseVal;
          if (b.x < v.x - 0.5 || b.y < v.y - 0.5 || b.x + b.width > v.x + v.width + 0.5
              || b.y + b.height > v.y + v.height + 0.5) {
            bad.push(s.id + ' draws ' + Math.round(b.x) + '..' + Math.round(b.x + b.width)
                + ' x ' + Math.round(b.y) + '..' + Math.round(b.y + b.height) + ' in '
                + v.width + ' x ' + v.height);
          }
        });
        var p = document.createElement('pre');
        p.id = 'fit-check';
        p.textContent = 'scrollWidth=' + document.documentElement.scrollWidth + ';clipped='
            + bad.join(' | ');
        document.body.appendChild(p);
      })();
      </script>
      """;

  @TempDir
  static Path dir;

  static Path report;

  /**
   * Every report the CLI writes: the demo's two and its audit, {@code lcn report} on COINr
   * tables, and {@code lcn audit} on COINr tables (English) and the built-in data (Ukrainian).
   */
  static List<Path> everyReport;

  /** The audit reports: the demo's, ASEM's in English, the built-in data's in Ukrainian. */
  static List<Path> audits;

  @BeforeAll
  static void writeTheDemo() {
    Run r = Run.lcn("demo", "--out", dir.resolve("demo").toString(), "--samples", "40", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    report = dir.resolve("demo/report-en.html");
    Path asem = dir.resolve("asem-report.html");
    Run a = Run.lcn("report", "-d", Run.data(), "-m", Run.meta(), "-N", "16", "-o",
        asem.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    Path asemAudit = dir.resolve("asem-audit.html");
    Run e = Run.lcn("audit", "-d", Run.data(), "-m", Run.meta(), "-N", "16", "-o",
        asemAudit.toString());
    assertThat(e.exit()).as(e.err()).isZero();
    Path ukAudit = dir.resolve("kflc-audit-uk.html");
    Run u = Run.lcn("audit", "--builtin", "kflc-ua", "--lang", "uk", "-N", "16", "-o",
        ukAudit.toString());
    assertThat(u.exit()).as(u.err()).isZero();
    audits = List.of(dir.resolve("demo/audit.html"), asemAudit, ukAudit);
    everyReport = List.of(report, dir.resolve("demo/report-uk.html"), asem, audits.get(0),
        asemAudit, ukAudit);
  }

  /**
   * Each report at a 1280-pixel-wide window: the page scrolls no wider than the window, and the
   * drawing of every chart lies inside the chart's view box (a chart drawn beyond it is cut off
   * on the right whatever the window). A copy of the page gets a script that measures both and
   * writes the outcome into the DOM, which Chromium dumps.
   */
  @Test
  void everyReportFitsA1280PixelWindowWithNothingCutOff() throws Exception {
    for (Path page : everyReport) {
      String html = Files.readString(page, UTF_8);
      Path probe = Files.createTempFile(dir, "fit", ".html");
      Files.writeString(probe, html.replace("</body>", FIT_PROBE + "</body>"), UTF_8);
      Browser b = chromium("--dump-dom", "--window-size=1280,2000", probe.toUri().toString());
      assertThat(b.exit()).as(b.err()).isZero();
      Matcher m = FIT.matcher(b.out());
      assertThat(m.find()).as("fit probe result in %s", page).isTrue();
      assertThat(Integer.parseInt(m.group(1))).as("scroll width of %s", page)
          .isLessThanOrEqualTo(1280);
      assertThat(m.group(2)).as("charts of %s drawn beyond their view box", page).isEmpty();
    }
  }

  @Test
  void thePageLoadsWithItsChartsAndNoConsoleError() throws Exception {
    Browser b = chromium("--dump-dom", "--enable-logging=stderr", "--v=0",
        report.toUri().toString());

    assertThat(b.exit()).as(b.err()).isZero();
    String dom = b.out();
    assertThat(dom).contains("KFLC self-assessment of the Melitopol Declaration")
        .contains("id=\"ranking-chart\"").contains("id=\"profile-chart\"")
        .contains("id=\"rank-intervals\"").contains("id=\"framework-tree\"")
        .contains("id=\"commitment-chart\"").contains("SYNTHETIC");
    Matcher m = BAR.matcher(dom);
    List<Double> widths = new ArrayList<>();
    while (m.find()) {
      widths.add(Double.parseDouble(m.group(1)));
    }
    assertThat(widths).hasSizeGreaterThanOrEqualTo(15).allMatch(w -> w > 0);
    assertThat(b.err().lines().filter(l -> l.contains("CONSOLE")
        || l.contains("Uncaught") || l.contains("ERR_FILE_NOT_FOUND"))).isEmpty();
  }

  /**
   * Each audit report loads without a console error, with every chart present and drawn: the
   * heat map's cells, alpha and first-component bars of positive width, the importance points,
   * the rank intervals and the Sobol bars.
   */
  @Test
  void theAuditPagesLoadWithEveryChartDrawnAndNoConsoleError() throws Exception {
    for (Path page : audits) {
      Browser b = chromium("--dump-dom", "--enable-logging=stderr", "--v=0",
          page.toUri().toString());
      assertThat(b.exit()).as(b.err()).isZero();
      String dom = b.out();
      for (String chart : List.of("audit-heatmap", "audit-alpha", "audit-pc1",
          "audit-importance", "audit-rank-intervals", "audit-sobol")) {
        Matcher svg = Pattern.compile("(?s)<svg id=\"" + chart + "\".*?</svg>").matcher(dom);
        assertThat(svg.find()).as("%s in %s", chart, page).isTrue();
        String body = svg.group();
        int marks = count(body, "<rect class=\"heat\"") + count(body, "<circle")
            + count(body, "<rect class=\"interval\"");
        Matcher bar = BAR.matcher(body);
        while (bar.find()) {
          assertThat(Double.parseDouble(bar.group(1))).as("bar of %s", chart).isPositive();
          marks++;
        }
        assertThat(marks).as("marks drawn in %s of %s", chart, page).isPositive();
      }
      assertThat(dom).contains("id=\"audit-removals\"").contains("id=\"findings\"");
      assertThat(b.err().lines().filter(l -> l.contains("CONSOLE")
          || l.contains("Uncaught") || l.contains("ERR_FILE_NOT_FOUND"))).isEmpty();
    }
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void theScreenshotIsNotBlank() throws Exception {
    Path png = dir.resolve("report.png");
    Browser b = chromium("--screenshot=" + png, "--window-size=1280,2000",
        report.toUri().toString());

    assertThat(b.exit()).as(b.err()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    long barBlue = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          nonWhite++;
        }
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xFF;
        int bl = rgb & 0xFF;
        if (Math.abs(r - 0x21) < 8 && Math.abs(g - 0x71) < 8 && Math.abs(bl - 0xb5) < 8) {
          barBlue++;
        }
      }
    }
    long pixels = (long) image.getWidth() * image.getHeight();
    assertThat(colours).hasSizeGreaterThan(50);
    assertThat(nonWhite).isGreaterThan(pixels / 20);
    // The ranking bars: 15 bars of at least a few hundred pixels each.
    assertThat(barBlue).isGreaterThan(15 * 300);
  }

  private record Browser(int exit, String out, String err) {}

  private static Browser chromium(String... args) throws IOException, InterruptedException {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("headless Chromium is needed at " + CHROMIUM + " (Debian: apt-get install -y "
            + "chromium; .ci/run installs it); set -Dlcn.chromium=PATH for another place")
        .isTrue();
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile")));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 180 s: " + command);
    }
    return new Browser(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err,
        UTF_8));
  }
}
