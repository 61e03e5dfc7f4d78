package io.github.learningcities.lcn.model.application;

import io.github.learningcities.lcn.model.place.DatedQuantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules a complete GNLC application follows, collected field by field. */
final class CompletenessRules {
  /**
   * Bean Validation pattern for optional texts: an empty {@code Optional} (which the validator
   * unwraps to null) is valid, and so is any text with a non-space character. {@code @NotBlank}
   * cannot be used inside {@code Optional}, since it rejects the null of an empty one.
   */
  static final String NOT_BLANK = "(?s).*\\S.*";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile(ContactPerson.PHONE_REGEX);
  private static final double MAX_SCHOOLING_YEARS = 25;

  private final List<ApplicationIssue> issues = new ArrayList<>();

  private CompletenessRules() {}

  static List<ApplicationIssue> check(GnlcApplication application) {
    CompletenessRules rules = new CompletenessRules();
    rules.part1(application.part1());
    rules.part2(application);
    return List.copyOf(rules.issues);
  }

  private void add(String path, String message) {
    issues.add(ApplicationIssue.of(path, message));
  }

  private void text(String path, Optional<String> value, String what) {
    if (value.isEmpty()) {
      add(path, "missing; expected " + what);
    } else if (value.get().isBlank()) {
      add(path, "blank; expected " + what);
    }
  }

  private void present(String path, Optional<?> value, String what) {
    if (value.isEmpty()) {
      add(path, "missing; expected " + what);
    }
  }

  private void part1(ApplicationPart1 p) {
    text("part1.city.name", p.cityName(), "the name of the city");
    present("part1.city.country", p.country(), "the country of the city");
    present("part1.city.officialWebsite", p.officialWebsite(), "the city's official website");

    Mayor m = p.mayor();
    present("part1.mayor.salutation", m.salutation(), "Ms or Mr");
    text("part1.mayor.surname", m.surname(), "the mayor's surname");
    text("part1.mayor.firstName", m.firstName(), "the mayor's first name");
    text("part1.mayor.officialTitle", m.officialTitle(), "the mayor's exact official title");

    ContactPerson c = p.contact();
    present("part1.contact.salutation", c.salutation(), "Ms or Mr");
    text("part1.contact.surname", c.surname(), "the contact person's surname");
    text("part1.contact.firstName", c.firstName(), "the contact person's first name");
    text("part1.contact.officialTitle", c.officialTitle(), "the exact official title");
    c.organisation().filter(String::isBlank).ifPresent(o ->
        add("part1.contact.organisation", "blank; expected the organisation or none"));
    text("part1.contact.postalAddress", c.postalAddress(), "a postal address");
    text("part1.contact.postcode", c.postcode(), "a postcode");
    phone("part1.contact.telephone", c.telephone(), true);
    phone("part1.contact.fax", c.fax(), false);
    if (c.email().isEmpty()) {
      add("part1.contact.email", "missing; expected an e-mail address");
    } else if (!EMAIL.matcher(c.email().get()).matches()) {
      add("part1.contact.email", "\"" + c.email().get() + "\" is not an e-mail address;"
          + " expected e.g. name@city.example");
    }
    present("part1.contact.language", c.language(), "English or French");

    Pledge pledge = p.pledge();
    if (!pledge.adoptsGuidingDocuments()) {
      add("part1.pledge.adoptsGuidingDocuments", "not pledged; expected the pledge to adopt the"
          + " Beijing Declaration and the Key Features of Learning Cities");
    }
    if (!pledge.signed()) {
      add("part1.pledge.signed", "not signed; expected the mayor's signature");
    }
    if (pledge.signed() && pledge.signedOn().isEmpty()) {
      add("part1.pledge.signedOn", "missing; expected the date of the mayor's signature");
    }
    if (!pledge.signed() && pledge.signedOn().isPresent()) {
      add("part1.pledge.signedOn", "dated " + pledge.signedOn().get()
          + " but not signed; expected a date only for a signed pledge");
    }
    if (!pledge.officialStamp()) {
      add("part1.pledge.officialStamp", "missing; expected the city's official stamp");
    }

    CityProfile f = p.profile();
    figure("part1.profile.population", f.population(), DatedQuantity.INHABITANTS,
        Double.MAX_VALUE);
    figure("part1.profile.area", f.area(), DatedQuantity.SQUARE_KILOMETRES, Double.MAX_VALUE);
    figure("part1.profile.gdpPerCapitaCity", f.gdpPerCapitaCity(), CityProfile.USD,
        Double.MAX_VALUE);
    figure("part1.profile.gdpPerCapitaCountry", f.gdpPerCapitaCountry(), CityProfile.USD,
        Double.MAX_VALUE);
    figure("part1.profile.averageYearsOfSchoolingMen", f.averageYearsOfSchoolingMen(),
        CityProfile.YEARS, MAX_SCHOOLING_YEARS);
    figure("part1.profile.averageYearsOfSchoolingWomen", f.averageYearsOfSchoolingWomen(),
        CityProfile.YEARS, MAX_SCHOOLING_YEARS);

    narrative("part1.narratives.vision", p.narratives().vision(),
        "the city's motivation and social context");
    narrative("part1.narratives.implementation", p.narratives().implementation(),
        "how the city implements or plans to implement the learning-city concept");

    if (p.challenges().isEmpty()) {
      add("part1.challenges", "missing; expected at least one challenge rated "
          + ChallengeRating.MIN + "-" + ChallengeRating.MAX);
    }
    for (int i = 0; i < p.challenges().size(); i++) {
      ChallengeRating r = p.challenges().get(i);
      if (r.challenge().isBlank()) {
        add("part1.challenges[" + i + "].challenge", "blank; expected the challenge rated");
      }
      if (r.rating() < ChallengeRating.MIN || r.rating() > ChallengeRating.MAX) {
        add("part1.challenges[" + i + "].rating", r.rating() + " is out of range; expected "
            + ChallengeRating.MIN + "-" + ChallengeRating.MAX);
      }
    }
    for (int i = 0; i < p.interests().size(); i++) {
      if (p.interests().get(i).isBlank()) {
        add("part1.interests[" + i + "]", "blank; expected an area of interest or expertise");
      }
    }
  }

  private void phone(String path, Optional<String> value, boolean required) {
    if (value.isEmpty()) {
      if (required) {
        add(path, "missing; expected a number with country code, e.g. +380 61 234 5678");
      }
    } else if (!PHONE.matcher(value.get()).matches()) {
      add(path, "\"" + value.get() + "\" has no country code or invalid characters; expected"
          + " e.g. +380 61 234 5678");
    }
  }

  private void figure(String path, Optional<DatedQuantity> value, String unit, double max) {
    if (value.isEmpty()) {
      add(path, "missing; expected a figure in " + unit + " with its data year");
      return;
    }
    DatedQuantity q = value.get();
    if (!q.unit().equals(unit)) {
      add(path, "unit \"" + q.unit() + "\"; expected " + unit);
    }
    if (q.value() > max) {
      add(path, q.value() + " " + q.unit() + " is implausible; expected at most " + max);
    }
  }

  private void narrative(String path, Optional<String> text, String what) {
    if (text.isEmpty() || text.get().isBlank()) {
      add(path, "missing; expected " + what + " in at most " + Narratives.MAX_WORDS + " words");
      return;
    }
    int words = Narratives.wordCount(text.get());
    if (words > Narratives.MAX_WORDS) {
      add(path, words + " words, at most " + Narratives.MAX_WORDS + " allowed");
    }
  }

  private void part2(GnlcApplication application) {
    if (application.part2().isEmpty()) {
      add("part2", "missing; expected the endorsement of the National Commission for UNESCO");
      return;
    }
    NationalCommissionEndorsement e = application.part2().get();
    text("part2.commission", e.commission(), "the name of the National Commission for UNESCO");
    present("part2.country", e.country(), "the country of the National Commission");
    if (e.country().isPresent() && application.part1().country().isPresent()
        && !e.country().equals(application.part1().country())) {
      add("part2.country", e.country().get() + " differs from the city's country "
          + application.part1().country().get() + "; expected the city's National Commission");
    }
    text("part2.signatoryName", e.signatoryName(), "the name of the signatory");
    text("part2.signatoryTitle", e.signatoryTitle(), "the title of the signatory");
    if (!e.endorsed()) {
      add("part2.endorsed", "not endorsed; expected the Commission's endorsement");
    }
    present("part2.signedOn", e.signedOn(), "the date of the signature");
  }
}
