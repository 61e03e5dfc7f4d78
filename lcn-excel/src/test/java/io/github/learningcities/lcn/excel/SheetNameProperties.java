package io.github.learningcities.lcn.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.lcn.excel.internal.XlsxWriter;
import io.github.learningcities.lcn.serialization.DocumentWriteException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The workbook writer refuses exactly the sheet names Excel refuses: empty, longer than 31
 * characters, holding one of {@code [ ] : * ? / \}, or starting or ending with an apostrophe;
 * a line break beside a refused character does not hide it (a regular expression's {@code .*}
 * around the character class once let such a name through).
 */
class SheetNameProperties {

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("aZ9 '[]:*?/\\\n\r\u2028-").ofMaxLength(34);
  }

  @Property(tries = 2000)
  void refusesExactlyTheNamesExcelRefuses(@ForAll("names") String name) {
    boolean valid = !name.isEmpty() && name.length() <= 31 && name.chars()
        .noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0)
        && !name.startsWith("'") && !name.endsWith("'");
    XlsxWriter.Sheet sheet = new XlsxWriter.Sheet(name, List.of("a"),
        List.of(XlsxWriter.Format.GENERAL), List.of());
    Throwable thrown = catchThrowable(() ->
        XlsxWriter.write(new ByteArrayOutputStream(), List.of(sheet)));
    if (valid) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isInstanceOf(DocumentWriteException.class)
          .hasMessageContaining("cannot be a sheet's name");
    }
  }
}
