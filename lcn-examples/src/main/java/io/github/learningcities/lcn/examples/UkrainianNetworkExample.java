package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.Signatory;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the Ukrainian Network of Learning Cities (members, coordinator) and its founding
 * Melitopol Declaration of 27 October 2017 (title, date, place, commitments, signatories with
 * their official romanized names), in Ukrainian and English, from the SDK's built-in data.
 *
 * <p>Run it with {@code ./mvnw -B -q install -DskipTests} and then
 * {@code ./mvnw -B -q -pl lcn-examples exec:java}.
 *
 * @since 0.1.0
 */
public final class UkrainianNetworkExample {

  private UkrainianNetworkExample() {}

  /**
   * Prints the network and the declaration to standard output, in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(UkrainianNetwork.get(), out);
    out.flush();
  }

  /**
   * Prints the network and the declaration.
   *
   * @param data the built-in data
   * @param out where to print
   */
  static void print(UkrainianNetwork data, PrintStream out) {
    Network network = data.network();
    Declaration declaration = data.declaration();

    out.println(both(network.name()));
    out.println("  Заснована / Founded: " + network.founded());
    network.coordinator().flatMap(data::organization).ifPresent(coordinator ->
        out.println("  Координатор / Coordinator: " + describe(coordinator)));
    out.println("  Члени / Members (" + network.memberships().size() + "):");
    for (Membership membership : network.memberships()) {
      out.println("    " + describeCity(data, membership.city()));
    }

    out.println();
    out.println(both(declaration.title()));
    out.println("  Дата / Date: " + declaration.date());
    out.println("  Місце / Place: " + cityName(data, declaration.place()));
    out.println("  Ініціатор / Initiator: "
        + data.organization(declaration.initiator()).map(o -> o.name().in("en"))
            .orElse(declaration.initiator().value()));
    declaration.provenance().flatMap(p -> p.note()).ifPresent(note ->
        out.println("  Note: " + note));
    out.println("  Зобов'язання / Commitments:");
    for (Commitment commitment : declaration.commitments()) {
      out.println("    " + commitment.code() + " [" + commitment.kind() + "]"
          + commitment.targetPeriod().map(p -> " " + p.start() + "-" + p.end()).orElse(""));
      out.println("      uk: " + commitment.text().in("uk"));
      out.println("      en: " + commitment.text().in("en"));
    }
    out.println("  Підписанти / Signatories (" + declaration.signatories().size() + ", "
        + declaration.signatoriesProvenance().map(p -> p.confidence().tag()).orElse("")
        + "):");
    for (Signatory signatory : declaration.signatories()) {
      City city = data.city(signatory.city()).orElseThrow();
      out.println("    " + city.names().in("uk") + " - " + city.romanizedName().orElse("")
          + " (" + signatory.date() + ")");
    }

    out.println();
    Network gnlc = data.globalNetworkInUkraine();
    out.println(both(gnlc.name()) + ": Ukrainian members");
    for (Membership membership : gnlc.memberships()) {
      out.println("    " + cityName(data, membership.city()) + ", admitted "
          + membership.admission().map(StatusChange::dateAsKnown).orElse("?") + " "
          + membership.provenance().map(p -> p.confidence().tag()).orElse(""));
    }
  }

  private static String both(LocalizedText text) {
    return text.in("uk") + " / " + text.in("en");
  }

  private static String describe(Organization organization) {
    return both(organization.name())
        + organization.acronym().map(a -> " (" + a + ")").orElse("")
        + organization.website().map(w -> ", " + w).orElse("");
  }

  private static String cityName(UkrainianNetwork data, CityId id) {
    return data.city(id).map(c -> both(c.names())).orElse(id.value());
  }

  private static String describeCity(UkrainianNetwork data, CityId id) {
    City city = data.city(id).orElseThrow();
    String subdivision = city.subdivision().map(SubdivisionCode::name)
        .flatMap(n -> n).map(UkrainianNetworkExample::both).orElse("");
    return both(city.names()) + ", " + subdivision
        + city.subdivision().map(s -> " (" + s + ")").orElse("");
  }
}
