package io.github.learningcities.lcn.indicators.audit;

import java.util.Objects;

/**
 * One finding of an {@link Audit}: e.g. {@code WARNING LOW_ALPHA at "P2P": "aggregate P2P:
 * Cronbach's alpha 0.41 < 0.70"}.
 *
 * @param severity how much it matters
 * @param kind the rule that produced it (its section is {@code kind.section()})
 * @param place the code of the node, unit, pair ({@code "A~B"}) or factor it concerns
 * @param value the measured value the rule judged (finite)
 * @param threshold the threshold it was judged against (finite)
 * @param reason a plain-language English reason that names the place, the value and the
 *     threshold
 * @since 0.1.0
 */
public record Finding(Severity severity, FindingKind kind, String place, double value,
    double threshold, String reason) {

  /**
   * Checks the fields.
   *
   * @throws AuditException if the value or threshold is not finite, or the place or reason is
   *     blank
   */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(reason, "reason");
    if (place.isBlank() || reason.isBlank()) {
      throw new AuditException("finding " + kind + ": place and reason must not be blank");
    }
    if (!Double.isFinite(value) || !Double.isFinite(threshold)) {
      throw new AuditException("finding " + kind + " at '" + place + "': value " + value
          + " and threshold " + threshold + " must be finite numbers");
    }
  }

  /**
   * Returns the section of the audit the finding belongs to.
   *
   * @return {@code kind().section()}
   */
  public Section section() {
    return kind.section();
  }
}
