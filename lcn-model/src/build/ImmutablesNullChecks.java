/*
 * Build step of lcn-model (run by the exec-maven-plugin between annotation processing and
 * compilation; see lcn-model/pom.xml). Not part of any published artifact.
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the code Immutables generates for the model keep the model's one exception contract
 * for whole containers too.
 *
 * <p>Immutables 2.12 routes a {@code null} value, element, key or map value through the style's
 * {@code throwForNullPointer} type, but a builder or {@code with} method that takes a whole
 * collection, map, map entry, array or {@code Optional} dereferences its argument first, so
 * {@code history(null)} would be a bare {@link NullPointerException}. No style option reaches
 * these methods. This step inserts, as the first statement of every such public method of a
 * generated {@code Immutable*.java} file, a check that throws the model's
 * {@code NullValueException} (an {@code InvalidModelException}) naming the field, and fails the
 * build if a file has a method of that shape it cannot rewrite. It is idempotent.
 *
 * <p>Usage: {@code java ImmutablesNullChecks.java <generated-sources-folder>}.
 */
public final class ImmutablesNullChecks {

  /** A public final method with one parameter list on one line, as Immutables writes them. */
  private static final Pattern METHOD =
      Pattern.compile("^(\\s*)public final (?:static )?[\\w.<>?, ]+ (\\w+)\\((.+)\\) \\{$");

  private static final String CHECK = "io.github.learningcities.lcn.model.internal"
      + ".NullValueException.requireContainer(";

  private ImmutablesNullChecks() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ImmutablesNullChecks <generated-sources-folder>");
    }
    Path root = Path.of(args[0]);
    if (!Files.isDirectory(root)) {
      return;
    }
    int[] counts = new int[2];
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(p -> p.getFileName().toString().matches("Immutable\\w+\\.java"))
          .sorted()
          .forEach(p -> counts[0] += rewrite(p, counts));
    }
    System.out.println("ImmutablesNullChecks: " + counts[0] + " null checks inserted in " + counts[1]
        + " generated files under " + root);
  }

  private static int rewrite(Path file, int[] counts) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>(lines.size() + 64);
      int inserted = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        out.add(line);
        Matcher m = METHOD.matcher(line);
        if (!m.matches()) {
          continue;
        }
        List<String[]> parameters = parameters(m.group(3));
        if (parameters.size() != 1 || !isContainer(parameters.get(0)[0])) {
          continue;
        }
        String name = parameters.get(0)[1];
        String check = m.group(1) + "  " + CHECK + name + ", \"" + field(m.group(2)) + "\");";
        if (i + 1 < lines.size() && lines.get(i + 1).equals(check)) {
          continue;
        }
        out.add(check);
        inserted++;
      }
      if (inserted > 0) {
        Files.write(file, out, StandardCharsets.UTF_8);
        counts[1]++;
      }
      return inserted;
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  /** Type and name of each parameter, split at the commas outside angle brackets. */
  private static List<String[]> parameters(String list) {
    List<String[]> result = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= list.length(); i++) {
      char c = i < list.length() ? list.charAt(i) : ',';
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String p = list.substring(start, i).trim();
        int space = p.lastIndexOf(' ');
        if (space < 0) {
          throw new IllegalStateException("cannot read parameter '" + p + "' in '" + list + "'");
        }
        result.add(new String[] {p.substring(0, space).trim(), p.substring(space + 1)});
        start = i + 1;
      }
    }
    return result;
  }

  private static boolean isContainer(String type) {
    return type.endsWith("...") || type.startsWith("Iterable<") || type.startsWith("Map<")
        || type.startsWith("Map.Entry<") || type.startsWith("Optional<")
        || type.startsWith("java.util.Optional<") || type.equals("OptionalInt")
        || type.equals("OptionalLong") || type.equals("OptionalDouble");
  }

  /** The field a method sets: {@code addAllHistory}, {@code withHistory} set {@code history}. */
  static String field(String method) {
    for (String prefix : List.of("addAll", "add", "putAll", "put", "with")) {
      if (method.startsWith(prefix) && method.length() > prefix.length()
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return method;
  }
}
