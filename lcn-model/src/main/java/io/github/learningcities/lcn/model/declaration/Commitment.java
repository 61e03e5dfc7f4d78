package io.github.learningcities.lcn.model.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One undertaking of a declaration's signatories, with its progress evidence.
 *
 * <p>Invariant: progress records are in date order (dates never decrease).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"code", "kind", "text", "targetPeriod", "progress"})
public abstract class Commitment {

  /**
   * Returns the code, unique within the declaration.
   *
   * @return the code, e.g. {@code C1}
   */
  @JsonProperty("code")
  public abstract CommitmentCode code();

  /**
   * Returns what kind of undertaking this is.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract CommitmentKind kind();

  /**
   * Returns the wording by language.
   *
   * @return the text
   */
  @JsonProperty("text")
  public abstract LocalizedText text();

  /**
   * Returns the years the commitment targets, if it names them.
   *
   * @return the period
   */
  @JsonProperty("targetPeriod")
  public abstract Optional<TargetPeriod> targetPeriod();

  /**
   * Returns the progress evidence in date order.
   *
   * @return the records, possibly empty
   */
  @JsonProperty("progress")
  public abstract List<ProgressRecord> progress();

  /**
   * Returns the latest progress record.
   *
   * @return the last record, or empty if there is none
   */
  public Optional<ProgressRecord> latestProgress() {
    return progress().isEmpty() ? Optional.empty()
        : Optional.of(progress().get(progress().size() - 1));
  }

  /**
   * Returns a copy with one more progress record at the end.
   *
   * @param record the record, not dated before the last one
   * @return the new commitment
   * @throws InvalidModelException if the record is dated before the last one
   */
  public Commitment withProgress(ProgressRecord record) {
    List<ProgressRecord> records = new ArrayList<>(progress());
    records.add(record);
    return ImmutableCommitment.copyOf(this).withProgress(records);
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the progress records are out of date order
   */
  @Value.Check
  protected void check() {
    for (int i = 1; i < progress().size(); i++) {
      if (progress().get(i).date().isBefore(progress().get(i - 1).date())) {
        throw new InvalidModelException("Commitment[" + code() + "]", "progress[" + i + "].date",
            progress().get(i).date(),
            "a date on or after " + progress().get(i - 1).date() + ", the record before");
      }
    }
  }

  /**
   * Returns a commitment without target period or progress.
   *
   * @param code the code
   * @param kind the kind
   * @param text the wording
   * @return the commitment
   */
  public static Commitment of(CommitmentCode code, CommitmentKind kind, LocalizedText text) {
    return builder().code(code).kind(kind).text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableCommitment.Builder builder() {
    return ImmutableCommitment.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Commitment fromJackson(ImmutableCommitment value) {
    return value;
  }
}
