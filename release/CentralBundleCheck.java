/*
 * Checks a Maven Central bundle (the zip central-publishing-maven-plugin builds) against the
 * rules Central applies on upload, before anything is uploaded. Run with the JDK alone:
 *
 *   java release/CentralBundleCheck.java --bundle central-bundle.zip --version 0.1.0 \
 *       --publish lcn-parent,lcn-bom,lcn-model --exclude lcn-examples --license LICENSE
 *
 * Signatures are verified with the gpg on the PATH (GNUPGHOME selects the key ring). Exit code 0
 * when every rule holds, 1 with one line per problem otherwise, 2 on wrong arguments.
 *
 * With --self-test it also breaks a copy of the bundle in each way it knows (a missing javadoc
 * jar, a wrong checksum, a signature that no longer matches, a SNAPSHOT dependency, a missing POM
 * element, a url with the module path appended, an unexpected or excluded artifact, a jar without
 * its LICENSE, a wrong layout) and fails unless each broken copy is refused for that reason.
 */

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

public final class CentralBundleCheck {

  /** Checksums Central requires next to every file, and the ones it accepts when present. */
  private static final List<String> REQUIRED_CHECKSUMS = List.of("md5", "sha1");
  private static final Map<String, String> CHECKSUM_ALGORITHMS =
      Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512");
  private static final Set<String> SIDE_FILES = Set.of("asc", "md5", "sha1", "sha256", "sha512");
  private static final Pattern UNRESOLVED = Pattern.compile("\\$\\{([^}]+)}");

  private final Options options;
  private final Map<String, Boolean> signatureCache = new HashMap<>();

  private CentralBundleCheck(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("central-bundle-check: " + e.getMessage());
      System.err.println("usage: java CentralBundleCheck.java --bundle ZIP --version V"
          + " --publish a,b,... [--exclude c,...] [--license FILE] [--notice FILE]"
          + " [--self-test]");
      System.exit(2);
      return;
    }
    CentralBundleCheck check = new CentralBundleCheck(options);
    Map<String, byte[]> bundle = readZip(options.bundle);
    List<String> problems = check.check(bundle);
    if (!problems.isEmpty()) {
      System.err.println("central-bundle-check: " + options.bundle + " would be refused ("
          + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):");
      problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.println("central-bundle-check: " + options.bundle + ": "
        + components(bundle).size() + " components, " + bundle.size()
        + " files: layout, POMs, jars, signatures and checksums as Central requires");
    if (options.selfTest) {
      List<String> failures = check.selfTest(bundle);
      if (!failures.isEmpty()) {
        System.err.println("central-bundle-check self-test: the check missed "
            + failures.size() + " broken bundle(s):");
        failures.forEach(f -> System.err.println("  - " + f));
        System.exit(1);
      }
      System.out.println("central-bundle-check self-test: " + SelfTest.CASES.size()
          + " broken copies of the bundle, each refused for its reason; "
          + SelfTest.ACCEPTED.size() + " acceptable variant(s) passed");
    }
  }

  // ---------------------------------------------------------------- the rules

  List<String> check(Map<String, byte[]> bundle) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, byte[]>> byComponent = components(bundle);
    for (String path : bundle.keySet()) {
      if (!path.matches("[^/]+(/[^/]+)*/[^/]+/[^/]+/[^/]+")) {
        problems.add(path + ": not in the layout groupId/artifactId/version/file");
      }
    }
    Set<String> artifactIds = new TreeSet<>();
    for (var component : byComponent.entrySet()) {
      String[] gav = component.getKey().split(":");
      artifactIds.add(gav[1]);
      checkComponent(gav[0], gav[1], gav[2], component.getValue(), bundle, problems);
    }
    for (String expected : options.publish) {
      if (!artifactIds.contains(expected)) {
        problems.add(expected + ": missing from the bundle (it is published)");
      }
    }
    for (String artifactId : artifactIds) {
      if (options.exclude.contains(artifactId)) {
        problems.add(artifactId + ": in the bundle, but it is not published");
      } else if (!options.publish.contains(artifactId)) {
        problems.add(artifactId + ": in the bundle, but not in the list of published artifacts "
            + options.publish);
      }
    }
    return problems;
  }

  private void checkComponent(String groupPath, String artifactId, String version,
      Map<String, byte[]> files, Map<String, byte[]> bundle, List<String> problems) {
    String where = groupPath.replace('/', '.') + ":" + artifactId + ":" + version;
    if (!version.equals(options.version)) {
      problems.add(where + ": version folder " + version + " is not the release version "
          + options.version);
    }
    String base = artifactId + "-" + version;
    for (String name : files.keySet()) {
      if (!name.startsWith(base + ".") && !name.startsWith(base + "-")) {
        problems.add(where + "/" + name + ": file name does not start with " + base);
      }
    }
    byte[] pomBytes = files.get(base + ".pom");
    if (pomBytes == null) {
      problems.add(where + ": no POM (" + base + ".pom)");
      return;
    }
    Pom pom;
    try {
      pom = Pom.parse(pomBytes);
    } catch (IllegalArgumentException e) {
      problems.add(where + "/" + base + ".pom: " + e.getMessage());
      return;
    }
    String packaging = pom.text("packaging").orElse("jar");
    if (!"pom".equals(packaging)) {
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        if (!files.containsKey(base + suffix)) {
          problems.add(where + ": no " + base + suffix + " (Central requires the jar, its"
              + " sources and its javadoc for packaging " + packaging + ")");
        }
      }
      checkJars(where, base, version, files, problems);
    }
    for (String suffix : List.of("-cyclonedx.json", "-cyclonedx.xml")) {
      if (!files.containsKey(base + suffix)) {
        problems.add(where + ": no CycloneDX SBOM " + base + suffix);
      }
    }
    checkSideFiles(where, files, problems);
    checkPom(where, groupPath, artifactId, version, pom, bundle, problems);
  }

  private void checkSideFiles(String where, Map<String, byte[]> files, List<String> problems) {
    for (var file : files.entrySet()) {
      String name = file.getKey();
      String extension = name.substring(name.lastIndexOf('.') + 1);
      if (SIDE_FILES.contains(extension)) {
        String primary = name.substring(0, name.length() - extension.length() - 1);
        if (!files.containsKey(primary)) {
          problems.add(where + "/" + name + ": " + extension + " file of a file that is not in"
              + " the bundle (" + primary + ")");
        }
        continue;
      }
      byte[] signature = files.get(name + ".asc");
      if (signature == null) {
        problems.add(where + "/" + name + ": no signature " + name + ".asc");
      } else if (!signatureVerifies(file.getValue(), signature)) {
        problems.add(where + "/" + name + ".asc: the signature does not verify (gpg --verify)");
      }
      for (String checksum : CHECKSUM_ALGORITHMS.keySet()) {
        byte[] recorded = files.get(name + "." + checksum);
        if (recorded == null) {
          if (REQUIRED_CHECKSUMS.contains(checksum)) {
            problems.add(where + "/" + name + ": no " + checksum + " checksum");
          }
          continue;
        }
        String expected = new String(recorded, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        String actual = digest(CHECKSUM_ALGORITHMS.get(checksum), file.getValue());
        if (!actual.equalsIgnoreCase(expected)) {
          problems.add(where + "/" + name + "." + checksum + ": checksum " + expected
              + " does not match the file (" + actual + ")");
        }
      }
    }
  }

  private void checkJars(String where, String base, String version, Map<String, byte[]> files,
      List<String> problems) {
    for (var file : files.entrySet()) {
      String name = file.getKey();
      // Extra attachments (e.g. lcn-cli's distribution archive) are signed and checksummed
      // like every file, but their content is their owner's business.
      if (!List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar").contains(name)) {
        continue;
      }
      Map<String, byte[]> entries;
      try {
        entries = readZip(file.getValue());
      } catch (UncheckedIOException e) {
        problems.add(where + "/" + name + ": not a readable jar (" + e.getMessage() + ")");
        continue;
      }
      if (options.license != null
          && !Arrays.equals(entries.get("META-INF/LICENSE"), options.license)) {
        problems.add(where + "/" + name + ": META-INF/LICENSE is missing or is not the"
            + " project's LICENSE");
      }
      if (options.notice != null
          && !Arrays.equals(entries.get("META-INF/NOTICE"), options.notice)) {
        problems.add(where + "/" + name + ": META-INF/NOTICE is missing or is not the"
            + " project's NOTICE");
      }
      if (name.equals(base + "-sources.jar")
          && entries.keySet().stream().noneMatch(e -> e.endsWith(".java"))) {
        problems.add(where + "/" + name + ": a sources jar without any .java file");
      } else if (name.equals(base + "-javadoc.jar") && !entries.containsKey("index.html")) {
        problems.add(where + "/" + name + ": a javadoc jar without index.html");
      } else if (name.equals(base + ".jar")) {
        String implementation = manifestVersion(file.getValue());
        if (!version.equals(implementation)) {
          problems.add(where + "/" + name + ": manifest Implementation-Version is "
              + implementation + ", not " + version);
        }
      }
    }
  }

  private void checkPom(String where, String groupPath, String artifactId, String version,
      Pom pom, Map<String, byte[]> bundle, List<String> problems) {
    String pomName = where + "/" + artifactId + "-" + version + ".pom";
    List<Pom> chain = new ArrayList<>();
    chain.add(pom);
    Pom current = pom;
    while (current.child("parent") != null) {
      Element parent = current.child("parent");
      String parentPath = Pom.text(parent, "groupId").orElse("").replace('.', '/') + "/"
          + Pom.text(parent, "artifactId").orElse("") + "/"
          + Pom.text(parent, "version").orElse("") + "/"
          + Pom.text(parent, "artifactId").orElse("") + "-"
          + Pom.text(parent, "version").orElse("") + ".pom";
      byte[] parentBytes = bundle.get(parentPath);
      if (parentBytes == null) {
        problems.add(pomName + ": its parent " + parentPath + " is not in the bundle (a"
            + " published POM's parent must be published too)");
        break;
      }
      current = Pom.parse(parentBytes);
      chain.add(current);
    }
    Map<String, String> properties = new HashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      properties.putAll(chain.get(i).properties());
    }
    String groupId = inherited(chain, "groupId", List.of("parent", "groupId"));
    String pomVersion = inherited(chain, "version", List.of("parent", "version"));
    properties.put("project.version", pomVersion);
    properties.put("project.groupId", groupId);
    properties.put("project.artifactId", artifactId);
    if (!groupPath.equals(groupId.replace('.', '/'))) {
      problems.add(pomName + ": groupId " + groupId + " does not match the folder " + groupPath);
    }
    if (!artifactId.equals(pom.text("artifactId").orElse(""))) {
      problems.add(pomName + ": artifactId " + pom.text("artifactId").orElse("(none)")
          + " does not match the folder " + artifactId);
    }
    if (!version.equals(pomVersion)) {
      problems.add(pomName + ": version " + pomVersion + " does not match the folder " + version);
    }
    for (String element : List.of("name", "description")) {
      if (pom.text(element).filter(s -> !s.isBlank()).isEmpty()) {
        problems.add(pomName + ": no <" + element + "> (Central requires it in the POM itself)");
      }
    }
    for (List<String> required : List.of(List.of("url"), List.of("licenses", "license", "name"),
        List.of("licenses", "license", "url"), List.of("developers", "developer", "name"),
        List.of("scm", "url"), List.of("scm", "connection"))) {
      if (chain.stream().noneMatch(p -> p.text(required).filter(s -> !s.isBlank()).isPresent())) {
        problems.add(pomName + ": no <" + String.join("><", required) + "> in it or its"
            + " parents (Central requires it)");
      }
    }
    checkInheritedAddress(pomName, chain, List.of("url"), "child.project.url.inherit.append.path",
        null, problems);
    for (String scm : List.of("url", "connection", "developerConnection")) {
      checkInheritedAddress(pomName, chain, List.of("scm", scm),
          "child.scm." + scm + ".inherit.append.path", "scm", problems);
    }
    pom.each("version", versionElement -> {
      if (insideConfiguration(versionElement)) {
        return;
      }
      String raw = versionElement.getTextContent().trim();
      String resolved = resolve(raw, properties);
      String owner = Pom.text((Element) versionElement.getParentNode(), "artifactId").orElse("?");
      if (UNRESOLVED.matcher(resolved).find()) {
        problems.add(pomName + ": version " + raw + " of " + owner + " cannot be resolved from"
            + " the published POMs (a CI-friendly ${revision} left unflattened?)");
      } else if (resolved.endsWith("-SNAPSHOT")) {
        problems.add(pomName + ": " + owner + " has the SNAPSHOT version " + resolved
            + (raw.equals(resolved) ? "" : " (" + raw + ")")
            + "; a release depends on releases only");
      }
    });
  }

  /**
   * A module that inherits its url or scm from a parent gets the parent's value with its own
   * artifactId appended unless the parent says not to: addresses that do not exist.
   */
  private static void checkInheritedAddress(String pomName, List<Pom> chain, List<String> path,
      String appendAttribute, String attributeOn, List<String> problems) {
    if (chain.get(0).text(path).isPresent()) {
      return;
    }
    for (int i = 1; i < chain.size(); i++) {
      Pom parent = chain.get(i);
      java.util.Optional<String> value = parent.text(path);
      if (value.isEmpty()) {
        continue;
      }
      Element holder = attributeOn == null ? parent.root : parent.child(attributeOn);
      if (!"false".equals(holder.getAttribute(appendAttribute))) {
        problems.add(pomName + ": <" + String.join("><", path) + "> inherited from "
            + parent.text("artifactId").orElse("its parent") + " becomes " + value.get() + "/"
            + chain.get(0).text("artifactId").orElse("") + " (Maven appends the artifactId): set "
            + appendAttribute + "=\"false\" on the parent or give the module its own value");
      }
      return;
    }
  }

  /** Plugin configuration (e.g. japicmp's baseline) is not a dependency of the artifact. */
  private static boolean insideConfiguration(Element element) {
    for (Node n = element.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
      if (e.getTagName().equals("configuration")) {
        return true;
      }
    }
    return false;
  }

  private static String inherited(List<Pom> chain, String element, List<String> fromParent) {
    return chain.get(0).text(element).or(() -> chain.get(0).text(fromParent)).orElse("");
  }

  private static String resolve(String value, Map<String, String> properties) {
    String result = value;
    for (int depth = 0; depth < 10; depth++) {
      Matcher m = UNRESOLVED.matcher(result);
      StringBuilder out = new StringBuilder();
      boolean changed = false;
      while (m.find()) {
        String replacement = properties.get(m.group(1));
        changed |= replacement != null;
        m.appendReplacement(out, Matcher.quoteReplacement(
            replacement == null ? m.group() : replacement));
      }
      m.appendTail(out);
      result = out.toString();
      if (!changed) {
        break;
      }
    }
    return result;
  }

  private boolean signatureVerifies(byte[] content, byte[] signature) {
    String key = digest("SHA-256", content) + digest("SHA-256", signature);
    return signatureCache.computeIfAbsent(key, k -> gpgVerify(content, signature));
  }

  private static boolean gpgVerify(byte[] content, byte[] signature) {
    try {
      Path dir = Files.createTempDirectory("central-bundle-check");
      try {
        Path file = Files.write(dir.resolve("file"), content);
        Path asc = Files.write(dir.resolve("file.asc"), signature);
        Process gpg = new ProcessBuilder("gpg", "--batch", "--quiet", "--verify",
            asc.toString(), file.toString()).redirectErrorStream(true).start();
        gpg.getInputStream().readAllBytes();
        return gpg.waitFor() == 0;
      } finally {
        try (var walk = Files.list(dir)) {
          for (Path p : walk.toList()) {
            Files.delete(p);
          }
        }
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("gpg could not be run to verify a signature", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String manifestVersion(byte[] jar) {
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      Manifest manifest = in.getManifest();
      return manifest == null ? null
          : manifest.getMainAttributes().getValue("Implementation-Version");
    } catch (IOException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- bundle access

  /** groupPath:artifactId:version to that folder's files by name. */
  static Map<String, Map<String, byte[]>> components(Map<String, byte[]> bundle) {
    Map<String, Map<String, byte[]>> result = new TreeMap<>();
    for (var e : bundle.entrySet()) {
      String[] parts = e.getKey().split("/");
      if (parts.length < 4) {
        continue;
      }
      String group = String.join("/", Arrays.copyOf(parts, parts.length - 3));
      String gav = group + ":" + parts[parts.length - 3] + ":" + parts[parts.length - 2];
      result.computeIfAbsent(gav, k -> new TreeMap<>()).put(parts[parts.length - 1],
          e.getValue());
    }
    return result;
  }

  static Map<String, byte[]> readZip(Path zip) {
    try {
      return readZip(Files.readAllBytes(zip));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + zip, e);
    }
  }

  static Map<String, byte[]> readZip(byte[] zip) {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static byte[] writeZip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String digest(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  // ---------------------------------------------------------------- POM access

  static final class Pom {
    final Element root;

    private Pom(Element root) {
      this.root = root;
    }

    static Pom parse(byte[] xml) {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return new Pom(doc.getDocumentElement());
      } catch (ParserConfigurationException | SAXException | IOException e) {
        throw new IllegalArgumentException("not a readable POM: " + e.getMessage(), e);
      }
    }

    Element child(String name) {
      return child(root, name);
    }

    static Element child(Element parent, String name) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          return e;
        }
      }
      return null;
    }

    java.util.Optional<String> text(String name) {
      return text(root, name);
    }

    static java.util.Optional<String> text(Element parent, String name) {
      Element e = child(parent, name);
      return java.util.Optional.ofNullable(e).map(x -> x.getTextContent().trim());
    }

    /** The text at a path of child elements; list elements are searched in every item. */
    java.util.Optional<String> text(List<String> path) {
      List<Element> level = List.of(root);
      for (String name : path) {
        List<Element> next = new ArrayList<>();
        for (Element e : level) {
          for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
              next.add(c);
            }
          }
        }
        level = next;
      }
      return level.stream().map(e -> e.getTextContent().trim()).filter(s -> !s.isEmpty())
          .findFirst();
    }

    Map<String, String> properties() {
      Map<String, String> result = new HashMap<>();
      Element properties = child("properties");
      if (properties != null) {
        for (Node n = properties.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element e) {
            result.put(e.getTagName(), e.getTextContent().trim());
          }
        }
      }
      return result;
    }

    void each(String tag, java.util.function.Consumer<Element> action) {
      var list = root.getElementsByTagName(tag);
      for (int i = 0; i < list.getLength(); i++) {
        action.accept((Element) list.item(i));
      }
    }
  }

  // ---------------------------------------------------------------- self-test

  /** Breaks copies of a good bundle and expects each to be refused with its reason. */
  List<String> selfTest(Map<String, byte[]> good) {
    List<String> failures = new ArrayList<>();
    for (SelfTest.Case c : SelfTest.CASES) {
      Map<String, byte[]> broken;
      try {
        broken = c.breaker().apply(new TreeMap<>(good));
      } catch (IllegalStateException e) {
        failures.add(c.name() + ": could not break the bundle that way (" + e.getMessage() + ")");
        continue;
      }
      List<String> problems = check(broken);
      if (problems.stream().noneMatch(p -> p.contains(c.expected()))) {
        failures.add(c.name() + ": expected a problem containing \"" + c.expected()
            + "\", got " + problems);
      }
    }
    for (SelfTest.Case c : SelfTest.ACCEPTED) {
      List<String> problems = check(c.breaker().apply(new TreeMap<>(good)));
      if (!problems.isEmpty()) {
        failures.add(c.name() + ": expected to pass, got " + problems);
      }
    }
    return failures;
  }

  static final class SelfTest {
    record Case(String name, String expected, UnaryOperator<Map<String, byte[]>> breaker) {}

    /** The release version of the bundle under test (set from --version). */
    private static String version;

    static final List<Case> CASES = List.of(
        new Case("javadoc jar removed", "-javadoc.jar (Central requires",
            b -> removeWithSideFiles(b, first(b, "-javadoc.jar"))),
        new Case("sha1 checksum wrong", ".sha1: checksum",
            b -> put(b, first(b, ".jar.sha1"), "0".repeat(40).getBytes(StandardCharsets.US_ASCII))),
        new Case("md5 checksum removed", "no md5 checksum", b -> remove(b, first(b, ".jar.md5"))),
        new Case("sha512 checksum wrong", ".sha512: checksum",
            b -> put(b, first(b, ".pom.sha512"), "ab".repeat(64).getBytes(StandardCharsets.US_ASCII))),
        new Case("jar changed after signing", "signature does not verify",
            b -> replaceKeepingChecksums(b, first(b, "-sources.jar"),
                bytes -> append(bytes, new byte[] {0}))),
        new Case("signature removed", "no signature", b -> remove(b, first(b, "-sources.jar.asc"))),
        new Case("SNAPSHOT dependency", "SNAPSHOT version 9.9-SNAPSHOT",
            b -> editPom(b, "lcn-indicators", pom -> pom.replaceFirst(
                "(?s)(<dependencies>\\s*<dependency>\\s*<groupId>[^<]+</groupId>\\s*"
                    + "<artifactId>[^<]+</artifactId>)",
                "$1<version>9.9-SNAPSHOT</version>"))),
        new Case("unflattened version", "cannot be resolved",
            b -> editPom(b, "lcn-model", pom -> pom.replaceFirst(
                "(?s)(<parent>.*?<version>)[^<]+(</version>)", "$1\\${revision}$2"))),
        new Case("description missing", "no <description>",
            b -> editPom(b, "lcn-model",
                pom -> pom.replaceFirst("(?s)<description>.*?</description>", ""))),
        new Case("developers missing", "no <developers><developer><name>",
            b -> editPom(b, "lcn-bom",
                pom -> pom.replaceFirst("(?s)<developers>.*?</developers>", ""))),
        new Case("url appended to the module path", "(Maven appends the artifactId)",
            b -> editPom(b, "lcn-parent",
                pom -> pom.replace("child.project.url.inherit.append.path=\"false\"", ""))),
        new Case("jar without LICENSE", "META-INF/LICENSE is missing",
            b -> replaceKeepingChecksums(b, first(b, "/lcn-model-" + version + ".jar"),
                jar -> {
                  Map<String, byte[]> entries = readZip(jar);
                  entries.remove("META-INF/LICENSE");
                  return writeZip(entries);
                })),
        new Case("excluded module in the bundle", "it is not published",
            b -> copyComponent(b, "lcn-testkit", "lcn-examples")),
        new Case("unknown module in the bundle", "not in the list of published artifacts",
            b -> copyComponent(b, "lcn-testkit", "lcn-surprise")),
        new Case("published module missing", "missing from the bundle",
            b -> removeComponent(b, "lcn-testkit")),
        new Case("SBOM missing", "no CycloneDX SBOM",
            b -> removeWithSideFiles(b, first(b, "-cyclonedx.json"))),
        new Case("file outside the layout", "not in the layout",
            b -> put(b, "stray.txt", new byte[] {1})),
        new Case("extra attachment without signature", "dist.zip: no signature",
            b -> remove(attach(b, "lcn-cli", "-sources.jar", "-dist.zip"),
                first(b, "-dist.zip.asc"))));

    /** Bundles that must pass: what a module may attach besides its jars. */
    static final List<Case> ACCEPTED = List.of(
        new Case("extra signed attachment (a distribution archive)", null,
            b -> attach(b, "lcn-cli", "-sources.jar", "-dist.zip")));

    static String first(Map<String, byte[]> b, String suffix) {
      return b.keySet().stream().filter(k -> k.endsWith(suffix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no file ending in " + suffix));
    }

    static Map<String, byte[]> put(Map<String, byte[]> b, String name, byte[] content) {
      b.put(name, content);
      return b;
    }

    static Map<String, byte[]> remove(Map<String, byte[]> b, String name) {
      b.remove(name);
      return b;
    }

    static Map<String, byte[]> removeWithSideFiles(Map<String, byte[]> b, String name) {
      b.keySet().removeIf(k -> k.equals(name) || k.startsWith(name + "."));
      return b;
    }

    static byte[] append(byte[] a, byte[] tail) {
      byte[] r = Arrays.copyOf(a, a.length + tail.length);
      System.arraycopy(tail, 0, r, a.length, tail.length);
      return r;
    }

    /** Changes a file and writes its checksums again, so that only the signature is stale. */
    static Map<String, byte[]> replaceKeepingChecksums(Map<String, byte[]> b, String name,
        UnaryOperator<byte[]> change) {
      byte[] changed = change.apply(b.get(name));
      b.put(name, changed);
      for (var checksum : CHECKSUM_ALGORITHMS.entrySet()) {
        if (b.containsKey(name + "." + checksum.getKey())) {
          b.put(name + "." + checksum.getKey(), digest(checksum.getValue(), changed)
              .getBytes(StandardCharsets.US_ASCII));
        }
      }
      return b;
    }

    static Map<String, byte[]> editPom(Map<String, byte[]> b, String artifactId,
        UnaryOperator<String> edit) {
      String name = first(b, "/" + artifactId + "-" + version + ".pom");
      String before = new String(b.get(name), StandardCharsets.UTF_8);
      String after = edit.apply(before);
      if (after.equals(before)) {
        throw new IllegalStateException("the edit did not change " + name);
      }
      return replaceKeepingChecksums(b, name, x -> after.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, byte[]> copyComponent(Map<String, byte[]> b, String from, String to) {
      Map<String, byte[]> copies = new TreeMap<>();
      for (var e : b.entrySet()) {
        if (e.getKey().contains("/" + from + "/")) {
          copies.put(e.getKey().replace("/" + from + "/", "/" + to + "/")
              .replace("/" + from + "-", "/" + to + "-"), e.getValue());
        }
      }
      b.putAll(copies);
      return b;
    }

    /** A copy of a signed file with its side files under another classifier and type. */
    static Map<String, byte[]> attach(Map<String, byte[]> b, String artifactId, String from,
        String to) {
      String source = first(b, "/" + artifactId + "-" + version + from);
      String target = source.substring(0, source.length() - from.length()) + to;
      for (String side : List.of("", ".asc", ".md5", ".sha1", ".sha256", ".sha512")) {
        if (b.containsKey(source + side)) {
          b.put(target + side, b.get(source + side));
        }
      }
      return b;
    }

    static Map<String, byte[]> removeComponent(Map<String, byte[]> b, String artifactId) {
      b.keySet().removeIf(k -> k.contains("/" + artifactId + "/"));
      return b;
    }
  }

  // ---------------------------------------------------------------- arguments

  record Options(Path bundle, String version, Set<String> publish, Set<String> exclude,
      byte[] license, byte[] notice, boolean selfTest) {

    static Options parse(String[] args) {
      Map<String, String> values = new HashMap<>();
      boolean selfTest = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--self-test" -> selfTest = true;
          case "--bundle", "--version", "--publish", "--exclude", "--license", "--notice" -> {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(args[i] + " needs a value");
            }
            values.put(args[i], args[++i]);
          }
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      for (String required : List.of("--bundle", "--version", "--publish")) {
        if (!values.containsKey(required)) {
          throw new IllegalArgumentException(required + " is required");
        }
      }
      if (values.get("--version").endsWith("-SNAPSHOT")) {
        throw new IllegalArgumentException("--version " + values.get("--version")
            + ": Central takes release versions only");
      }
      SelfTest.version = values.get("--version");
      return new Options(Path.of(values.get("--bundle")), values.get("--version"),
          list(values.get("--publish")), list(values.getOrDefault("--exclude", "")),
          read(values.get("--license")), read(values.get("--notice")), selfTest);
    }

    private static Set<String> list(String csv) {
      Set<String> result = new LinkedHashSet<>();
      for (String s : csv.split(",")) {
        if (!s.isBlank()) {
          result.add(s.trim());
        }
      }
      return result;
    }

    private static byte[] read(String path) {
      if (path == null) {
        return null;
      }
      try {
        return Files.readAllBytes(Path.of(path));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
      }
    }
  }
}
