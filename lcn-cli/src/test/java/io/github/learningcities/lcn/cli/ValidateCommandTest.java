package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path dir;

  @Test
  void validTablesPass() {
    Run r = Run.lcn("validate", Run.data(), Run.meta());

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("valid: 51 units, 49 indicators");
  }

  @Test
  void aSingleTablePassesOnItsOwn() {
    assertThat(Run.lcn("validate", Run.meta()).exit()).isZero();
    assertThat(Run.lcn("validate", Run.data()).exit()).isZero();
  }

  @Test
  void listsEveryProblemWithItsPlace() throws Exception {
    List<String> data = Files.readAllLines(Run.resource("ASEM_iData.csv"), UTF_8);
    List<String> header = List.of(data.get(0).split(",", -1));
    String[] row = data.get(2).split(",", -1);
    row[header.indexOf("LPI")] = "high";
    row[header.indexOf("Flights")] = "n/a";
    data.set(2, String.join(",", row));
    String[] dup = data.get(5).split(",", -1);
    dup[header.indexOf("uCode")] = "AUT";
    data.set(5, String.join(",", dup));
    List<String> meta = Files.readAllLines(Run.resource("ASEM_iMeta.csv"), UTF_8);
    meta.set(3, meta.get(3).replace(",1,1,", ",up,1,"));
    Path d = dir.resolve("d.csv");
    Path m = dir.resolve("m.csv");
    Files.write(d, data, UTF_8);
    Files.write(m, meta, UTF_8);

    Run r = Run.lcn("validate", d.toString(), m.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out())
        .contains(d + ", line 3, column " + (header.indexOf("LPI") + 1) + " (field 'LPI'): "
            + "'high' is not a number")
        .contains(d + ", line 3, column " + (header.indexOf("Flights") + 1)
            + " (field 'Flights'): 'n/a' is not a number")
        .contains(d + ", line 6, column " + (header.indexOf("uCode") + 1)
            + " (field 'uCode'): 'AUT' repeats line 2")
        .contains(m + ", line 4, column 4 (field 'Direction'): 'up' is not a direction")
        .contains("4 problems");
  }

  @Test
  void aFileThatIsNoTableIsNamed() throws Exception {
    Path f = dir.resolve("notes.csv");
    Files.writeString(f, "a,b\n1,2\n");

    Run r = Run.lcn("validate", f.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out()).contains(f + ", line 1: the header has neither uCode");
  }
}
