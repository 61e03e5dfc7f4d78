package io.github.learningcities.lcn.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every option field of a command and its mixins, by reflection, for comparing a command read
 * without picocli with the one picocli reads: an option added later (with a default value that
 * only picocli would set) makes the comparison fail until the direct reader sets it too.
 */
final class OptionFields {
  /** Fields that hold no option: picocli's spec, the direct path's writers. */
  private static final Set<String> SKIPPED = Set.of("spec", "directOut", "directErr");

  private OptionFields() {}

  /**
   * The fields of the command and its mixins as name=value lines; fields holding a mixin (of a
   * type among the parts) are given by the mixin's own fields.
   */
  static List<String> of(Object... parts) {
    List<Class<?>> mixins = new ArrayList<>();
    for (Object o : parts) {
      mixins.add(o.getClass());
    }
    List<String> out = new ArrayList<>();
    for (Object o : parts) {
      for (Field f : o.getClass().getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || SKIPPED.contains(f.getName())
            || mixins.contains(f.getType())) {
          continue;
        }
        try {
          f.setAccessible(true);
          out.add(o.getClass().getSimpleName() + "." + f.getName() + "=" + f.get(o));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }
}
