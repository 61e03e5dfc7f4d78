package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.serialization.NetworkDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the built-in Ukrainian Network of Learning Cities (network, cities, organizations) as
 * a JSON and an XML document, reads both back, and checks that nothing was lost.
 */
public final class JsonXmlExample {
  private JsonXmlExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally, the folder to write to (default: a new temporary folder)
   * @throws IOException if the files cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("lcn-example");
    UkrainianNetwork data = UkrainianNetwork.get();
    NetworkDocument document = new NetworkDocument(data.network(), data.cities(),
        data.organizations());

    Path json = folder.resolve("ukrainian-network.json");
    Path xml = folder.resolve("ukrainian-network.xml");
    LcnJson.standard().write(document, json);
    LcnXml.standard().write(document, xml);
    NetworkDocument fromJson = LcnJson.standard().read(json, NetworkDocument.class);
    NetworkDocument fromXml = LcnXml.standard().read(xml, NetworkDocument.class);

    System.out.println("wrote " + json + " (" + Files.size(json) + " bytes) and " + xml + " ("
        + Files.size(xml) + " bytes)");
    System.out.println("JSON round trip equal: " + document.equals(fromJson));
    System.out.println("XML round trip equal: " + document.equals(fromXml));
  }
}
