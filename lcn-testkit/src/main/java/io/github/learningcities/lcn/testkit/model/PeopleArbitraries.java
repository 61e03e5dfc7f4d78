package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.people.DelegatingBody;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.OrganizationKind;
import io.github.learningcities.lcn.model.people.Person;
import io.github.learningcities.lcn.model.people.PersonId;
import io.github.learningcities.lcn.model.people.Representative;
import io.github.learningcities.lcn.model.people.Role;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Persons with Ukrainian names, organizations and the representatives that cities delegate.
 *
 * @since 0.1.0
 */
public final class PeopleArbitraries {

  private PeopleArbitraries() {}

  /**
   * Returns person identifiers such as {@code "melitopol-ivanko"}.
   *
   * @return the identifiers
   */
  public static Arbitrary<PersonId> personIds() {
    return TextArbitraries.ukrainianNames().map(n -> PersonId.of(slugOf(n)));
  }

  /**
   * Returns persons with a Ukrainian first name and surname, their romanization and, at times,
   * a position and an organization.
   *
   * @return the persons
   */
  public static Arbitrary<Person> persons() {
    return Combinators.combine(TextArbitraries.ukrainianWords(), TextArbitraries.ukrainianWords(),
        TextArbitraries.localizedTexts().optional(), organizationIds().optional())
        .as((first, last, position, organization) -> {
          String uk = first + " " + last;
          String latin = io.github.learningcities.lcn.model.text.UkrainianRomanization
              .romanize(uk);
          return Person.builder()
              .id(PersonId.of(TextArbitraries.slug(latin)))
              .name(LocalizedText.of(LocalizedText.UKRAINIAN, uk, LocalizedText.UKRAINIAN_LATIN,
                  latin))
              .position(position)
              .organization(organization)
              .build();
        });
  }

  /**
   * Returns organization identifiers.
   *
   * @return the identifiers
   */
  public static Arbitrary<OrganizationId> organizationIds() {
    return TextArbitraries.ukrainianNames().map(n -> OrganizationId.of(slugOf(n) + "-org"));
  }

  /**
   * Returns organizations in Ukraine with an acronym, a website and an e-mail at times.
   *
   * @return the organizations
   */
  public static Arbitrary<Organization> organizations() {
    return Combinators.combine(TextArbitraries.ukrainianNames(),
        Arbitraries.of(OrganizationKind.class), CityArbitraries.cityIds().optional(),
        Arbitraries.of(false, true), Arbitraries.of(false, true))
        .as((name, kind, city, web, mail) -> {
          String slug = slugOf(name);
          String acronym = slug.substring(0, Math.min(4, slug.length())).toUpperCase(Locale.ROOT);
          return Organization.builder()
              .id(OrganizationId.of(slug + "-org"))
              .name(name)
              .acronym(acronym.isBlank() ? Optional.empty() : Optional.of(acronym))
              .kind(kind)
              .country(io.github.learningcities.lcn.model.place.CountryCode.UKRAINE)
              .city(city)
              .website(web ? Optional.of(URI.create("https://" + slug + ".org.ua"))
                  : Optional.empty())
              .contactEmail(mail ? Optional.of("office@" + slug + ".org.ua") : Optional.empty())
              .build();
        });
  }

  /**
   * Returns representatives of a city delegated by either body, with any role.
   *
   * @return the representatives
   */
  public static Arbitrary<Representative> representatives() {
    return Combinators.combine(personIds(), CityArbitraries.cityIds(),
        Arbitraries.of(DelegatingBody.class), Arbitraries.of(Role.class))
        .as((person, city, body, role) -> Representative.builder().person(person).city(city)
            .delegatedBy(body).role(role).build());
  }

  /**
   * Returns a representative of the given city delegated by the given body.
   *
   * @param city the city
   * @param body the delegating body
   * @return the representatives
   */
  public static Arbitrary<Representative> representativesOf(CityId city, DelegatingBody body) {
    return personIds().map(p -> Representative.of(p, city, body));
  }

  private static String slugOf(LocalizedText name) {
    return TextArbitraries.slug(name.romanizedUkrainian().orElse(name.first()));
  }
}
