package io.github.learningcities.lcn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the plain command lines of {@code lcn validate} and {@code lcn convert} without picocli
 * ({@link PlainArguments}): their files, {@code -q}/{@code --quiet}, and convert's {@code
 * -o}/{@code --out}, {@code --to} (in upper or lower case) and {@code --force}. A line without a
 * file, or a convert line without {@code --out}, is left to picocli and its message.
 */
final class FileArguments extends PlainArguments {
  private final LcnCommand command;
  /** The command when it is convert's, whose options validate does not have; else null. */
  private final ConvertCommand convert;
  private final List<Path> files = new ArrayList<>();

  private FileArguments(LcnCommand command) {
    this.command = command;
    this.convert = command instanceof ConvertCommand c ? c : null;
  }

  /**
   * The validate or convert command these arguments give, its options set as picocli would set
   * them, or null when picocli must read them.
   */
  static LcnCommand parse(String... args) {
    if (args.length == 0) {
      return null;
    }
    switch (args[0]) {
      case "validate" -> {
        ValidateCommand c = new ValidateCommand();
        c.common = new CommonOptions();
        FileArguments reader = new FileArguments(c);
        c.files = reader.files;
        return reader.read("validate", args) ? c : null;
      }
      case "convert" -> {
        ConvertCommand c = new ConvertCommand();
        c.common = new CommonOptions();
        c.overwrite = new OverwriteOptions();
        FileArguments reader = new FileArguments(c);
        c.inputs = reader.files;
        return reader.read("convert", args) ? c : null;
      }
      default -> {
        return null;
      }
    }
  }

  @Override
  LcnCommand target() {
    return command;
  }

  @Override
  boolean positional(String value) {
    files.add(path(value));
    return true;
  }

  @Override
  boolean complete(Set<String> given) {
    return !files.isEmpty() && (convert == null || given.contains("--out"));
  }

  @Override
  String canonical(String name) {
    return switch (name) {
      case "-q", "--quiet" -> "--quiet";
      case "-o", "--out" -> convert != null ? "--out" : null;
      case "--to", "--force" -> convert != null ? name : null;
      default -> null;
    };
  }

  @Override
  boolean isFlag(String option) {
    return option.equals("--quiet") || option.equals("--force");
  }

  @Override
  void set(String option, String value) {
    switch (option) {
      case "--quiet" -> command.common().quiet = true;
      case "--force" -> convert.overwrite.force = true;
      case "--out" -> convert.out = path(value);
      default -> convert.to = constant(Documents.Format.values(), value);
    }
  }
}
