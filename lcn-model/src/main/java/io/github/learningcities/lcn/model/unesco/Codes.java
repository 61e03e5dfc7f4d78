package io.github.learningcities.lcn.model.unesco;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.internal.AsciiText;

/** The code rules shared by the UNESCO catalog types: dotted, hierarchical codes. */
final class Codes {
  private Codes() {}

  static void require(String object, String field, String code) {
    if (code == null || !isCode(code)) {
      throw new InvalidModelException(object, field, code,
          "a dotted code of letters and digits such as \"1.1.a\"");
    }
  }

  /** Whether the text matches {@code [0-9A-Za-z]+(\.[0-9A-Za-z]+)*}. */
  static boolean isCode(String code) {
    return AsciiText.isDotted(code, false, 1, Integer.MAX_VALUE);
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
