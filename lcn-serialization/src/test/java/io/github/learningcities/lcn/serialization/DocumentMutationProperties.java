package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.testkit.FormatArbitraries;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Randomly broken documents: whatever a mutation does to a valid document, a reader returns a
 * complete value of the type asked for or throws a {@link DocumentReadException}; no other
 * exception, no partial value. Documents are kept small so that every try is quick: the
 * fixed samples, and small documents of every kind from lcn-testkit's
 * {@link FormatArbitraries}.
 */
class DocumentMutationProperties {

  /** A small valid document of one kind, written once per format. */
  private record Original(Class<?> type, byte[] json, byte[] xml) {}

  /** One way of breaking a document; positions are fractions of its length. */
  enum Operation { DELETE, DUPLICATE, FLIP, REPLACE_WITH_SPECIAL }

  /**
   * A mutation: the operation, where it starts and ends (fractions of the length), and the
   * byte mixed in by {@code FLIP} and {@code REPLACE_WITH_SPECIAL}.
   */
  record Mutation(Operation operation, double from, double to, int bits) {
    byte[] apply(byte[] doc) {
      int a = Math.min(doc.length - 1, (int) (Math.min(from, to) * doc.length));
      int b = Math.max(a + 1, (int) (Math.max(from, to) * doc.length));
      b = Math.min(b, doc.length);
      byte[] out;
      switch (operation) {
        case DELETE -> {
          out = new byte[doc.length - (b - a)];
          System.arraycopy(doc, 0, out, 0, a);
          System.arraycopy(doc, b, out, a, doc.length - b);
        }
        case DUPLICATE -> {
          out = new byte[doc.length + (b - a)];
          System.arraycopy(doc, 0, out, 0, b);
          System.arraycopy(doc, a, out, b, doc.length - a);
        }
        case FLIP -> {
          out = Arrays.copyOf(doc, doc.length);
          for (int i = a; i < Math.min(b, a + 8); i++) {
            out[i] ^= (byte) (bits == 0 ? 1 : bits);
          }
        }
        case REPLACE_WITH_SPECIAL -> {
          byte[] special = "{}[]<>\"'&;:,/\\=-0eE.\u0000\u00ff".getBytes(
              java.nio.charset.StandardCharsets.ISO_8859_1);
          out = Arrays.copyOf(doc, doc.length);
          out[a] = special[Math.floorMod(bits, special.length)];
        }
        default -> throw new AssertionError(operation);
      }
      return out;
    }
  }

  private static final List<Original> ORIGINALS = originals();

  private static List<Original> originals() {
    Network ua = UkrainianNetwork.get().network();
    NetworkDocument network = new NetworkDocument(ua,
        UkrainianNetwork.get().cities().subList(0, 2), List.of());
    List<Object> values = List.of(Samples.framework(), Samples.pipeline(), Samples.dataset(),
        Samples.panel(), ResultsDocument.of(Samples.results()), Samples.audit(), network);
    return values.stream().map(v -> new Original(typeOf(v),
        LcnJson.standard().writeToBytes(v), LcnXml.standard().writeToBytes(v))).toList();
  }

  private static Class<?> typeOf(Object value) {
    for (DocumentKind k : DocumentKind.values()) {
      if (k.contentType().isInstance(value)) {
        return k.contentType();
      }
    }
    throw new AssertionError(value.getClass());
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    Arbitrary<Double> position = Arbitraries.doubles().between(0.0, 1.0);
    return Combinators.combine(Arbitraries.of(Operation.class), position, position,
        Arbitraries.integers().between(0, 255)).as(Mutation::new);
  }

  @Provide
  Arbitrary<Integer> documents() {
    return Arbitraries.integers().between(0, ORIGINALS.size() - 1);
  }

  @Property(tries = 600)
  void aMutatedJsonDocumentIsReadWholeOrRefused(@ForAll("documents") int which,
      @ForAll("mutations") Mutation mutation) {
    Original original = ORIGINALS.get(which);
    byte[] broken = mutation.apply(original.json());

    assertReadWholeOrRefused(LcnJson.standard(), broken, original.type());
  }

  @Property(tries = 600)
  void aMutatedXmlDocumentIsReadWholeOrRefused(@ForAll("documents") int which,
      @ForAll("mutations") Mutation mutation) {
    Original original = ORIGINALS.get(which);
    byte[] broken = mutation.apply(original.xml());

    assertReadWholeOrRefused(LcnXml.standard(), broken, original.type());
  }

  @Property(tries = 200)
  void aMutatedDocumentReadAsAString(@ForAll("documents") int which,
      @ForAll("mutations") Mutation mutation) {
    Original original = ORIGINALS.get(which);
    String json = new String(mutation.apply(original.json()),
        java.nio.charset.StandardCharsets.UTF_8);
    String xml = new String(mutation.apply(original.xml()),
        java.nio.charset.StandardCharsets.UTF_8);

    assertReadWholeOrRefused(json, LcnJson.standard(), original.type());
    assertReadWholeOrRefused(xml, LcnXml.standard(), original.type());
  }

  /**
   * Small documents of every kind generated by lcn-testkit's {@link FormatArbitraries}, whose
   * texts hold escaped characters and whose numbers are extreme.
   */
  @Provide
  Arbitrary<Object> generatedDocuments() {
    return Arbitraries.oneOf(
        FormatArbitraries.frameworks().map(v -> (Object) v),
        FormatArbitraries.pipelines().map(v -> (Object) v),
        FormatArbitraries.datasets().map(v -> (Object) v),
        FormatArbitraries.declarations().map(v -> (Object) v),
        FormatArbitraries.networksWithCities().map(n -> (Object) new NetworkDocument(
            n.network(), n.cities(), List.of())),
        FormatArbitraries.resultsParts().map(p -> (Object) new ResultsDocument(p.framework(),
            p.pipeline(), p.units().stream().map(u -> new ResultsDocument.UnitResults(u.unit(),
                u.scores(), u.ranks())).toList(), p.diagnostics())));
  }

  @Property(tries = 300)
  void aMutatedGeneratedDocumentIsReadWholeOrRefused(
      @ForAll("generatedDocuments") Object document, @ForAll("mutations") Mutation mutation) {
    Class<?> type = typeOf(document);
    byte[] json = mutation.apply(LcnJson.standard().writeToBytes(document));
    byte[] xml = mutation.apply(LcnXml.standard().writeToBytes(document));

    assertReadWholeOrRefused(LcnJson.standard(), json, type);
    assertReadWholeOrRefused(LcnXml.standard(), xml, type);
  }

  private static void assertReadWholeOrRefused(DocumentReader reader, byte[] doc,
      Class<?> type) {
    Object value;
    try {
      value = reader.read(doc, type);
    } catch (DocumentReadException refused) {
      assertThat(refused.getMessage()).startsWith("(bytes)");
      return;
    }
    assertWhole(value, type);
  }

  private static void assertReadWholeOrRefused(String doc, DocumentReader reader,
      Class<?> type) {
    Object value;
    try {
      value = reader.read(doc, type);
    } catch (DocumentReadException refused) {
      assertThat(refused.getMessage()).startsWith("(string)");
      return;
    }
    assertWhole(value, type);
  }

  /** A value that was read must be usable: complete, and written again without failing. */
  private static void assertWhole(Object value, Class<?> type) {
    assertThat(value).isInstanceOf(type);
    if (value instanceof Framework f) {
      assertThat(f.nodes()).isNotEmpty();
    } else if (value instanceof Pipeline p) {
      assertThat(p.weighting()).isNotNull();
    } else if (value instanceof Dataset d) {
      assertThat(d.units()).isNotNull();
    } else if (value instanceof Declaration d) {
      assertThat(d.id()).isNotNull();
    }
    assertThat(LcnJson.standard().writeToString(value)).isNotEmpty();
  }
}
