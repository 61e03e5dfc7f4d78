package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import picocli.CommandLine;

/**
 * Compares a command read without picocli ({@link PlainArguments}) with the one picocli reads
 * from the same line: every option field of the command and of its mixins, by reflection, so
 * that an option added later (with a default value that only picocli would set) makes the
 * comparison fail until the direct reader sets it too.
 */
final class OptionFields {
  /** Fields that hold no option: picocli's spec, the direct path's writers. */
  private static final Set<String> SKIPPED = Set.of("spec", "directOut", "directErr");

  private OptionFields() {}

  /**
   * The option fields of a command as name=value lines, a mixin's (a field marked {@link
   * CommandLine.Mixin}) given by the mixin's own fields.
   */
  static List<String> of(Object command) {
    List<String> out = new ArrayList<>();
    add(command, out);
    return out;
  }

  private static void add(Object o, List<String> out) {
    for (Field f : o.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || SKIPPED.contains(f.getName())) {
        continue;
      }
      try {
        f.setAccessible(true);
        if (f.isAnnotationPresent(CommandLine.Mixin.class) && f.get(o) != null) {
          add(f.get(o), out);
        } else {
          out.add(o.getClass().getSimpleName() + "." + f.getName() + "=" + f.get(o));
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The command object picocli makes of a line (of one subcommand). */
  static Object picocli(String... args) {
    CommandLine cl = Lcn.commandLine(args);
    CommandLine.ParseResult pr = cl.parseArgs(args);
    return pr.subcommand().commandSpec().userObject();
  }

  /**
   * Asserts that picocli reads a line the direct reader read (not null) alike: without an error
   * and to the same option values.
   */
  static void assertReadAlike(Object direct, List<String> line) {
    String[] args = line.toArray(String[]::new);
    assertThatCode(() -> picocli(args)).as(String.join(" ", line)).doesNotThrowAnyException();
    assertThat(of(direct)).as(String.join(" ", line)).isEqualTo(of(picocli(args)));
  }

  /** Lines of the command followed by up to ten tokens. */
  static Arbitrary<List<String>> lines(String command, Arbitrary<String> token) {
    return token.list().ofMaxSize(10).map(rest -> {
      List<String> line = new ArrayList<>(List.of(command));
      line.addAll(rest);
      return line;
    });
  }
}
