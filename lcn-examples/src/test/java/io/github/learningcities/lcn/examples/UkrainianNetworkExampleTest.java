package io.github.learningcities.lcn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UkrainianNetworkExampleTest {

  @Test
  void printsTheNetworkAndAll15SignatoryCities() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      UkrainianNetworkExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = buffer.toString(StandardCharsets.UTF_8);

    assertThat(output).contains(
        "Українська мережа міст, що навчаються / Ukrainian Network of Learning Cities",
        "Ukrainian Association of Learning Cities (UALC), http://ualc.org.ua",
        "Declaration on the Establishment of the Ukrainian Network of Learning Cities",
        "Дата / Date: 2017-10-27",
        "Місце / Place: Мелітополь / Melitopol",
        "C3 [ADVOCACY] 2018-2021",
        "Signatories (15, [U])");
    String signatories = output.substring(output.indexOf("Signatories"));
    for (String city : new String[] {"Berdychiv", "Bila Tserkva", "Vinnytsia", "Henichesk",
        "Zaporizhzhia", "Mariupol", "Melitopol", "Molochansk", "Nikopol", "Nova Kakhovka",
        "Pavlohrad", "Skole", "Sumy", "Tokmak", "Chernihiv"}) {
      assertThat(signatories).contains(" - " + city + " (2017-10-27)");
    }
  }
}
