package io.github.learningcities.lcn.cli.report;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report shows, already in its language.
 *
 * @param language {@code "uk"} or {@code "en"}
 * @param title the report's title
 * @param synthetic whether the data are synthetic (the report then says so at the top and in
 *     every chart's caption)
 * @param source where the data came from
 * @param method the pipeline in words
 * @param results the nominal results
 * @param uncertainty the uncertainty analysis, when one was run
 * @param nodeLabels node code to its label
 * @param unitLabels unit code to its label
 * @param profileNodes the nodes of each unit's profile (e.g. the areas)
 * @param commitments the progress on a declaration's commitments, when shown
 * @param qualityNotes the data-quality notes
 * @since 0.1.0
 */
public record ReportContent(String language, String title, boolean synthetic, String source,
    String method, Results results, Optional<UncertaintyResult> uncertainty,
    Map<String, String> nodeLabels, Map<String, String> unitLabels, List<String> profileNodes,
    Optional<Commitments> commitments, List<String> qualityNotes) {

  /** Checks and copies. */
  public ReportContent {
    if (!language.equals("uk") && !language.equals("en")) {
      throw new IllegalArgumentException("language '" + language + "' is not supported; "
          + "expected uk or en");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(results, "results");
    nodeLabels = Map.copyOf(nodeLabels);
    unitLabels = Map.copyOf(unitLabels);
    profileNodes = List.copyOf(profileNodes);
    qualityNotes = List.copyOf(qualityNotes);
  }

  /**
   * Progress on a declaration's commitments across cities.
   *
   * @param declaration the declaration's title
   * @param asOf the date or description of when progress was assessed
   * @param overall the overall share achieved, 0 to 1
   * @param byCommitment commitment label to its share, 0 to 1, in order
   * @param byCity city label to its share, 0 to 1, in order
   * @since 0.1.0
   */
  public record Commitments(String declaration, String asOf, double overall,
      List<Map.Entry<String, Double>> byCommitment, List<Map.Entry<String, Double>> byCity) {

    /** Copies. */
    public Commitments {
      byCommitment = List.copyOf(byCommitment);
      byCity = List.copyOf(byCity);
    }
  }
}
