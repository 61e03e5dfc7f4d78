package io.github.learningcities.lcn.indicators.learningcity;

import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.ProgressRecord;
import io.github.learningcities.lcn.model.declaration.ProgressStatus;
import io.github.learningcities.lcn.model.network.Network;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress on a declaration's commitments across a set of cities (for example the members of
 * the network the declaration founded): per city, per commitment and overall.
 *
 * <pre>{@code
 * UkrainianNetwork ua = UkrainianNetwork.get();
 * CommitmentProgress p = CommitmentProgress.of(ua.declaration(), ua.network(),
 *     LocalDate.of(2019, 1, 1));
 * p.overall();                             // share of the way from nothing to all achieved
 * p.commitmentShare(CommitmentCode.of("C1"));
 * p.unrecorded();                          // cities with no record for a commitment
 * }</pre>
 *
 * <p>Each city's status on a commitment is the status of its latest {@link ProgressRecord}
 * for that city (by date; of two records on one date, the later in the list). Statuses count
 * as shares of the commitment achieved ({@link #valueOf(ProgressStatus)}): not started 0, in
 * progress 1/3, partially achieved 2/3, achieved 1, and abandoned 0 (work stopped without
 * achieving it). A city with no record for a commitment counts as not started and is listed in
 * {@link #unrecorded()}. A record without a city reports on the network as a whole and is not
 * attributed to any city; records of cities outside the set are ignored. A city's share is the
 * mean over the declaration's commitments, a commitment's share the mean over the cities, and
 * the overall share the mean over all city-commitment pairs (equally, the mean of the city
 * shares).
 *
 * @since 0.1.0
 */
public final class CommitmentProgress {
  private final Declaration declaration;
  private final List<CityId> cities;
  private final List<CommitmentCode> commitments;
  private final Map<CityId, Map<CommitmentCode, Optional<ProgressStatus>>> statuses;
  private final Optional<LocalDate> asOf;

  private CommitmentProgress(Declaration declaration, List<CityId> cities,
      Optional<LocalDate> asOf) {
    this.declaration = declaration;
    this.cities = List.copyOf(cities);
    this.asOf = asOf;
    this.commitments = declaration.commitments().stream().map(Commitment::code).toList();
    Map<CityId, Map<CommitmentCode, Optional<ProgressStatus>>> s = new LinkedHashMap<>();
    for (CityId c : cities) {
      Map<CommitmentCode, Optional<ProgressStatus>> row = new LinkedHashMap<>();
      for (Commitment commitment : declaration.commitments()) {
        ProgressRecord latest = null;
        for (ProgressRecord r : commitment.progress()) {
          boolean inTime = asOf.isEmpty() || !r.date().isAfter(asOf.get());
          if (inTime && r.city().equals(Optional.of(c))
              && (latest == null || !r.date().isBefore(latest.date()))) {
            latest = r;
          }
        }
        row.put(commitment.code(), Optional.ofNullable(latest).map(ProgressRecord::status));
      }
      s.put(c, Collections.unmodifiableMap(row));
    }
    this.statuses = Collections.unmodifiableMap(s);
  }

  /**
   * Assesses progress of the given cities on all the records of the declaration.
   *
   * @param declaration the declaration, with its commitments' progress records
   * @param cities the cities, e.g. the signatories; each once
   * @return the progress
   * @throws InvalidAssessmentException if there is no city, a city repeats, or the declaration
   *     has no commitment
   */
  public static CommitmentProgress of(Declaration declaration, Collection<CityId> cities) {
    return create(declaration, cities, Optional.empty());
  }

  /**
   * Assesses progress of the given cities on the records of the declaration up to a date.
   *
   * @param declaration the declaration, with its commitments' progress records
   * @param cities the cities; each once
   * @param asOf the date; later records are not taken into account
   * @return the progress
   * @throws InvalidAssessmentException if there is no city, a city repeats, or the declaration
   *     has no commitment
   */
  public static CommitmentProgress of(Declaration declaration, Collection<CityId> cities,
      LocalDate asOf) {
    return create(declaration, cities, Optional.of(Objects.requireNonNull(asOf, "asOf")));
  }

  /**
   * Assesses progress of a network's members on a date, on the records up to that date.
   *
   * @param declaration the declaration, with its commitments' progress records
   * @param network the network whose members on the date are assessed
   * @param date the date
   * @return the progress
   * @throws InvalidAssessmentException if the network has no member on the date or the
   *     declaration has no commitment
   */
  public static CommitmentProgress of(Declaration declaration, Network network,
      LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<CityId> members = network.membersOn(date);
    if (members.isEmpty()) {
      throw new InvalidAssessmentException("network '" + network.id() + "' has no member on "
          + date + "; expected a date on which the network had members (it was founded on "
          + network.founded() + ")");
    }
    return create(declaration, members, Optional.of(date));
  }

  private static CommitmentProgress create(Declaration declaration, Collection<CityId> cities,
      Optional<LocalDate> asOf) {
    Objects.requireNonNull(declaration, "declaration");
    if (declaration.commitments().isEmpty()) {
      throw new InvalidAssessmentException("declaration '" + declaration.id()
          + "' has no commitment; expected a declaration with commitments");
    }
    if (cities.isEmpty()) {
      throw new InvalidAssessmentException("declaration '" + declaration.id()
          + "': no city to assess; expected at least one city");
    }
    LinkedHashSet<CityId> unique = new LinkedHashSet<>();
    for (CityId c : cities) {
      if (!unique.add(Objects.requireNonNull(c, "city"))) {
        throw new InvalidAssessmentException("declaration '" + declaration.id() + "': city '"
            + c + "' is given twice; expected each city once");
      }
    }
    return new CommitmentProgress(declaration, new ArrayList<>(unique), asOf);
  }

  /**
   * Returns the share of a commitment a status counts for.
   *
   * @param status the status
   * @return 0 for not started and abandoned, 1/3 in progress, 2/3 partially achieved, 1
   *     achieved
   */
  public static double valueOf(ProgressStatus status) {
    return switch (Objects.requireNonNull(status, "status")) {
      case NOT_STARTED, ABANDONED -> 0.0;
      case IN_PROGRESS -> 1.0 / 3.0;
      case PARTIALLY_ACHIEVED -> 2.0 / 3.0;
      case ACHIEVED -> 1.0;
    };
  }

  /**
   * Returns the declaration assessed.
   *
   * @return the declaration
   */
  public Declaration declaration() {
    return declaration;
  }

  /**
   * Returns the date up to which records count, if the assessment has one.
   *
   * @return the date, or empty when every record counts
   */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /**
   * Returns the cities assessed, in the order given.
   *
   * @return the cities
   */
  public List<CityId> cities() {
    return cities;
  }

  /**
   * Returns the declaration's commitments, in its order.
   *
   * @return their codes
   */
  public List<CommitmentCode> commitments() {
    return commitments;
  }

  /**
   * Returns a city's latest recorded status on a commitment.
   *
   * @param city the city
   * @param commitment the commitment's code
   * @return the status, or empty when the city has no record (it then counts as not started)
   * @throws InvalidAssessmentException if the city or commitment is not assessed
   */
  public Optional<ProgressStatus> recordedStatus(CityId city, CommitmentCode commitment) {
    Map<CommitmentCode, Optional<ProgressStatus>> row = statuses.get(city);
    if (row == null) {
      throw new InvalidAssessmentException("declaration '" + declaration.id() + "': city '"
          + city + "' is not assessed; expected one of " + cities);
    }
    requireCommitment(commitment);
    return row.get(commitment);
  }

  /**
   * Returns a city's status on a commitment, {@link ProgressStatus#NOT_STARTED} when the city
   * has no record.
   *
   * @param city the city
   * @param commitment the commitment's code
   * @return the status
   * @throws InvalidAssessmentException if the city or commitment is not assessed
   */
  public ProgressStatus status(CityId city, CommitmentCode commitment) {
    return recordedStatus(city, commitment).orElse(ProgressStatus.NOT_STARTED);
  }

  /**
   * Returns a city's progress share: the mean over the commitments.
   *
   * @param city the city
   * @return the share in [0, 1]
   * @throws InvalidAssessmentException if the city is not assessed
   */
  public double cityShare(CityId city) {
    double sum = 0;
    for (CommitmentCode c : commitments) {
      sum += valueOf(status(city, c));
    }
    return sum / commitments.size();
  }

  /**
   * Returns every city's progress share, in city order.
   *
   * @return city to share in [0, 1]
   */
  public Map<CityId, Double> cityShares() {
    Map<CityId, Double> out = new LinkedHashMap<>();
    cities.forEach(c -> out.put(c, cityShare(c)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns a commitment's progress share: the mean over the cities.
   *
   * @param commitment the commitment's code
   * @return the share in [0, 1]
   * @throws InvalidAssessmentException if the declaration has no such commitment
   */
  public double commitmentShare(CommitmentCode commitment) {
    requireCommitment(commitment);
    double sum = 0;
    for (CityId c : cities) {
      sum += valueOf(status(c, commitment));
    }
    return sum / cities.size();
  }

  /**
   * Returns every commitment's progress share, in declaration order.
   *
   * @return commitment to share in [0, 1]
   */
  public Map<CommitmentCode, Double> commitmentShares() {
    Map<CommitmentCode, Double> out = new LinkedHashMap<>();
    commitments.forEach(c -> out.put(c, commitmentShare(c)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the overall progress share: the mean over all city-commitment pairs.
   *
   * @return the share in [0, 1]
   */
  public double overall() {
    double sum = 0;
    for (CityId c : cities) {
      sum += cityShare(c);
    }
    return sum / cities.size();
  }

  /**
   * Returns the commitments a city has no record for (counted as not started).
   *
   * @param city the city
   * @return their codes, in declaration order
   * @throws InvalidAssessmentException if the city is not assessed
   */
  public List<CommitmentCode> unrecorded(CityId city) {
    List<CommitmentCode> out = new ArrayList<>();
    for (CommitmentCode c : commitments) {
      if (recordedStatus(city, c).isEmpty()) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns, for every city with at least one commitment without a record, those commitments.
   *
   * @return city to its unrecorded commitments, in city order
   */
  public Map<CityId, List<CommitmentCode>> unrecorded() {
    Map<CityId, List<CommitmentCode>> out = new LinkedHashMap<>();
    for (CityId c : cities) {
      List<CommitmentCode> u = unrecorded(c);
      if (!u.isEmpty()) {
        out.put(c, u);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private void requireCommitment(CommitmentCode commitment) {
    if (!commitments.contains(commitment)) {
      throw new InvalidAssessmentException("declaration '" + declaration.id()
          + "': commitment '" + commitment + "' is not in it; expected one of " + commitments);
    }
  }

  /** Equal when the declarations, the cities (in order) and the dates are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CommitmentProgress p && declaration.equals(p.declaration)
        && cities.equals(p.cities) && asOf.equals(p.asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(declaration, cities, asOf);
  }

  @Override
  public String toString() {
    return "CommitmentProgress[declaration=" + declaration.id() + ", cities=" + cities.size()
        + ", commitments=" + commitments.size() + "]";
  }
}
