package io.github.learningcities.lcn.model.unesco;

import io.github.learningcities.lcn.model.InvalidModelException;
import java.util.regex.Pattern;

/** The code rules shared by the UNESCO catalog types: dotted, hierarchical codes. */
final class Codes {
  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

  private Codes() {}

  static void require(String object, String field, String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidModelException(object, field, code,
          "a dotted code of letters and digits such as \"1.1.a\"");
    }
  }

  static void requireChild(String object, String field, String code, String parent) {
    require(object, field, code);
    require(object, "parent code", parent);
    if (!code.startsWith(parent + ".")) {
      throw new InvalidModelException(object, field, code,
          "a code extending its parent's code \"" + parent + "\", e.g. \"" + parent + ".1\"");
    }
  }
}
