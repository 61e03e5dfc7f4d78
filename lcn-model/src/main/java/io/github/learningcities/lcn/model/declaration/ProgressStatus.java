package io.github.learningcities.lcn.model.declaration;

/**
 * How far a commitment has got, as stated by a {@link ProgressRecord}.
 *
 * @since 0.1.0
 */
public enum ProgressStatus {
  /** Nothing has been done yet. */
  NOT_STARTED,
  /** Work has started. */
  IN_PROGRESS,
  /** Part of the commitment has been achieved. */
  PARTIALLY_ACHIEVED,
  /** The commitment has been achieved. */
  ACHIEVED,
  /** Work has been stopped without achieving the commitment. */
  ABANDONED
}
