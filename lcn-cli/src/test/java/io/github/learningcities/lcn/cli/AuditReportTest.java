package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.cli.report.HtmlReport;
import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AuditReportTest {

  /**
   * The heat map reuses a cell's text and colour for its mirror only when the two coefficients
   * are the same: a matrix read back from a document need not be symmetric, and a missing cell
   * must not take its mirror's number. The colours are worked out by hand from the diverging
   * scale (blue 33/113/181 at +1, red 203/24/29 at -1, 247 grey-white at 0).
   */
  @Test
  void everyHeatMapCellShowsItsOwnCoefficientWhenTheMatrixIsNotSymmetric() {
    ScoringInput in = ScoringInput.kflc(7, "en");
    Results r = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
    Audit audit = Audit.of(Engine.standard(), r);
    CorrelationMatrix c = audit.indicatorCorrelations();
    List<String> codes = c.rows();
    assertThat(codes).hasSizeGreaterThan(3).isEqualTo(c.columns());
    String a = codes.get(0);
    String b = codes.get(1);
    String d = codes.get(2);
    Map<String, OptionalDouble> changed = Map.of(
        b + "|" + a, OptionalDouble.of(0.123),
        a + "|" + b, OptionalDouble.of(-0.5),
        d + "|" + a, OptionalDouble.empty(),
        a + "|" + d, OptionalDouble.of(0.25));
    List<Correlation> cells = new ArrayList<>();
    for (Correlation x : c.cells()) {
      OptionalDouble v = changed.get(x.first() + "|" + x.second());
      cells.add(v == null ? x : new Correlation(x.first(), x.second(), x.method(),
          x.observations(), v, OptionalDouble.empty()));
    }
    Audit asymmetric = Audit.ofSections(audit.index(), audit.units(), audit.thresholds(),
        audit.statistics(), audit.availability(),
        CorrelationMatrix.ofCells(codes, codes, c.method(), cells), audit.parentCorrelations(),
        audit.reliability(), audit.weights(), audit.importance(), audit.uncertainty(),
        audit.removals(), audit.findings());

    String html = AuditReport.render(in, asymmetric, "en");

    assertThat(html)
        .contains("fill=\"#dde7ef\"><title>" + title(in, b, a, "0.12") + "</title>")
        .contains("fill=\"#e1888a\"><title>" + title(in, a, b, "-0.50") + "</title>")
        .contains("<title>" + title(in, a, d, "0.25") + "</title>")
        .contains("fill=\"#e0e0e0\"><title>" + HtmlReport.esc(in.nodeLabel(d) + " ~ "
            + in.nodeLabel(a) + ": "))
        .doesNotContain(title(in, d, a, "0.25"));
  }

  private static String title(ScoringInput in, String row, String column, String value) {
    return HtmlReport.esc(in.nodeLabel(row) + " ~ " + in.nodeLabel(column) + ": " + value);
  }
}
