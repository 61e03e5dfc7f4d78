package io.github.learningcities.lcn.serialization.internal;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.util.TypeUtil;

/**
 * Names the items of XML lists by the singular of the list's name: a {@code List<City> cities}
 * is written as {@code <cities><city>...</city><city>...</city></cities>} instead of Jackson's
 * default {@code <cities><cities>...</cities></cities>}. The reader
 * ({@link StrictXmlReader}) refuses an item of another name in every list that the XSDs
 * describe ({@link #CHECKED}), as the XSDs do.
 *
 * <p>The singular of a list name is, in this order:
 * <ol>
 *   <li>the entry of a fixed table ({@code TABLE}), which lists every collection-valued
 *       property that the SDK's public types write, among them the irregular ones:
 *       {@code criteria} has items {@code criterion}, {@code history} {@code statusChange},
 *       {@code progress} {@code progressRecord}, {@code programme} {@code programmeItem},
 *       {@code description} {@code paragraph}, {@code forceInclude} and
 *       {@code forceExclude} {@code unit}, {@code previousAwards} {@code year},
 *       {@code unofficialTranslations} {@code language}, {@code sample} {@code value};</li>
 *   <li>for other names (types of your own written with {@code LcnXml.mapper()}), the rule:
 *       a trailing {@code ies} becomes {@code y} ({@code categories}, {@code category}); a
 *       trailing {@code s} is dropped ({@code scores}, {@code score}) unless the name ends in
 *       {@code ss}, {@code us}, {@code is}, {@code ies}, {@code ses}, {@code xes},
 *       {@code zes}, {@code ches}, {@code shes}, {@code oes} or {@code ves}, where dropping it
 *       gives no reliable singular ({@code addresses}, {@code statuses}, {@code boxes},
 *       {@code matches}, {@code heroes}, {@code lives});</li>
 *   <li>otherwise {@value #FALLBACK}.</li>
 * </ol>
 * The name depends on the property's name only, so the same value always gives the same text.
 * Lists whose names are configured with {@code @JacksonXmlElementWrapper} or
 * {@code @JacksonXmlProperty(localName = ...)} keep that configuration.
 *
 * <p>It works as a serializer modifier that runs before jackson-dataformat-xml's own: it
 * renames the property writer to the item name and reports the list name as the wrapper name,
 * which is exactly what the annotations {@code @JacksonXmlElementWrapper(localName = "cities")}
 * and {@code @JacksonXmlProperty(localName = "city")} do (lcn-model carries no XML
 * annotations). It acts on the property writers, not on annotated members, so that no
 * property is added or dropped.
 *
 * @since 0.1.0
 */
public final class XmlItemNames extends ValueSerializerModifier {
  private static final long serialVersionUID = 1L;

  /** The item name when neither the table nor the rule gives one. */
  public static final String FALLBACK = "item";

  /** The endings after which dropping a trailing "s" gives no reliable singular. */
  static final List<String> UNSAFE_ENDINGS =
      List.of("ss", "us", "is", "ies", "ses", "xes", "zes", "ches", "shes", "oes", "ves");

  /**
   * The singular of every collection-valued property name that the SDK's public types write
   * (lcn-model, lcn-indicators through {@code LcnModule}, lcn-serialization's documents), by
   * list name. A test fails when a public type gains a list property that is missing here, so
   * that the XSDs and this table change together.
   */
  static final Map<String, String> TABLE = Map.ofEntries(
      entry("fromData", "dataWeights"),
      entry("levels", "level"),
      entry("aggregations", "aggregation"),
      entry("areas", "area"),
      entry("awardees", "awardee"),
      entry("byTime", "timePoint"),
      entry("cells", "cell"),
      entry("challenges", "challenge"),
      entry("changes", "change"),
      entry("choices", "choice"),
      entry("cities", "city"),
      entry("clauses", "clause"),
      entry("columnOrders", "columnOrder"),
      entry("columns", "column"),
      entry("commitments", "commitment"),
      entry("components", "component"),
      entry("conferences", "conference"),
      entry("convergence", "estimate"),
      entry("cooperationAreas", "cooperationArea"),
      entry("criteria", "criterion"),
      entry("cycles", "cycle"),
      entry("dataColumns", "dataColumn"),
      entry("delegatingBodies", "delegatingBody"),
      entry("description", "paragraph"),
      entry("elements", "element"),
      entry("factors", "factor"),
      entry("failures", "failure"),
      entry("features", "feature"),
      entry("findings", "finding"),
      entry("forceExclude", "unit"),
      entry("forceInclude", "unit"),
      entry("history", "statusChange"),
      entry("importance", "indicator"),
      entry("imputations", "imputation"),
      entry("imputedCells", "imputedCell"),
      entry("indicators", "indicator"),
      entry("indices", "sobolIndices"),
      entry("interests", "interest"),
      entry("invitedParticipants", "invitedParticipant"),
      entry("issues", "issue"),
      entry("items", "item"),
      entry("judgements", "judgement"),
      entry("links", "link"),
      entry("maturity", "rating"),
      entry("meanAbsoluteRankChange", "sobolIndices"),
      entry("measurements", "measurement"),
      entry("memberStates", "memberState"),
      entry("members", "member"),
      entry("memberships", "membership"),
      entry("metaColumns", "metaColumn"),
      entry("metaOrder", "column"),
      entry("nodes", "node"),
      entry("normalisations", "normalisation"),
      entry("notes", "note"),
      entry("organizations", "organization"),
      entry("organizers", "organizer"),
      entry("outcomeDocuments", "outcomeDocument"),
      entry("parentCorrelations", "correlation"),
      entry("perUnit", "unitIndices"),
      entry("plannedOutcomes", "plannedOutcome"),
      entry("points", "point"),
      entry("previousAwards", "year"),
      entry("programme", "programmeItem"),
      entry("progress", "progressRecord"),
      entry("purposes", "purpose"),
      entry("ratings", "rating"),
      entry("recognitions", "recognition"),
      entry("regions", "region"),
      entry("reliability", "aggregate"),
      entry("removals", "removal"),
      entry("replications", "replication"),
      entry("rows", "row"),
      entry("runs", "run"),
      entry("sample", "value"),
      entry("scales", "scale"),
      entry("screenedUnits", "screenedUnit"),
      entry("signatories", "signatory"),
      entry("stages", "stage"),
      entry("speakers", "speaker"),
      entry("statistics", "indicator"),
      entry("strengths", "strength"),
      entry("supporters", "supporter"),
      entry("tiers", "tier"),
      entry("times", "time"),
      entry("treatedPoints", "treatedPoint"),
      entry("treatments", "treatment"),
      entry("units", "unit"),
      entry("unitsDropped", "unit"),
      entry("unitsUsed", "unit"),
      entry("unofficialTranslations", "language"),
      entry("values", "value"),
      entry("variables", "variable"),
      entry("variances", "variance"),
      entry("weaknesses", "weakness"),
      entry("weightSets", "weightSet"),
      entry("weightings", "weighting"),
      entry("weights", "node"),
      entry("priorities", "priority"));

  /**
   * Item names that differ from the table's for the list of one record, by record and list:
   * the units of an uncertainty analysis are {@code unitUncertainty}, since a unit's spread
   * holds a {@code unit} of its own (an item named like its one defined property would read as
   * a list of it).
   */
  static final Map<Class<?>, Map<String, String>> ON_RECORD = Map.of(
      UncertaintyJson.ResultData.class, Map.of("units", "unitUncertainty"));

  /**
   * The lists whose item names the XSDs of the documents fix, by list name: every list of
   * every document kind outside open content (maps, {@code parameters}, {@code overrides}).
   * An item of another name, the list's own name included (Jackson's default), is refused by
   * the XSDs and by the reader alike. A test derives these pairs from the XSDs. A name that is
   * a list in one place and not in another (an audit's {@code statistics} and {@code weights}),
   * or whose items have another name in one place (the {@code units} of an uncertainty
   * analysis, named by {@link #ON_RECORD}), is qualified by the name of the list's parent,
   * {@code parent/list}.
   */
  static final Map<String, String> CHECKED = Map.ofEntries(
      entry("audit/statistics", "indicator"),
      entry("audit/weights", "node"),
      entry("uncertainty/units", "unitUncertainty"),
      entry("cells", "cell"),
      entry("changes", "change"),
      entry("choices", "choice"),
      entry("columns", "column"),
      entry("convergence", "estimate"),
      entry("findings", "finding"),
      entry("importance", "indicator"),
      entry("indices", "sobolIndices"),
      entry("items", "item"),
      entry("meanAbsoluteRankChange", "sobolIndices"),
      entry("parentCorrelations", "correlation"),
      entry("perUnit", "unitIndices"),
      entry("reliability", "aggregate"),
      entry("removals", "removal"),
      entry("replications", "replication"),
      entry("rows", "row"),
      entry("sample", "value"),
      entry("variances", "variance"),
      entry("fromData", "dataWeights"),
      entry("levels", "level"),
      entry("byTime", "timePoint"),
      entry("cities", "city"),
      entry("columnOrders", "columnOrder"),
      entry("commitments", "commitment"),
      entry("cooperationAreas", "cooperationArea"),
      entry("forceExclude", "unit"),
      entry("forceInclude", "unit"),
      entry("history", "statusChange"),
      entry("imputedCells", "imputedCell"),
      entry("indicators", "indicator"),
      entry("links", "link"),
      entry("memberships", "membership"),
      entry("nodes", "node"),
      entry("notes", "note"),
      entry("organizations", "organization"),
      entry("progress", "progressRecord"),
      entry("purposes", "purpose"),
      entry("recognitions", "recognition"),
      entry("screenedUnits", "screenedUnit"),
      entry("signatories", "signatory"),
      entry("stages", "stage"),
      entry("supporters", "supporter"),
      entry("times", "time"),
      entry("treatedPoints", "treatedPoint"),
      entry("treatments", "treatment"),
      entry("units", "unit"),
      entry("weightSets", "weightSet"));

  /**
   * Returns the name the items of a list must have, if the XSDs fix it.
   *
   * @param parent the name of the list's parent element, or an empty text at the root
   * @param list the list's name
   * @return the item name, or null if the items of that list are not checked
   */
  static String checkedItem(String parent, String list) {
    String qualified = CHECKED.get(parent + "/" + list);
    return qualified != null ? qualified : CHECKED.get(list);
  }

  /** The elements whose content is open: no list inside them has its item names checked. */
  static final java.util.Set<String> OPEN = java.util.Set.of("parameters", "overrides");

  /** Creates the modifier; {@link #module()} registers it. */
  public XmlItemNames() {}

  /**
   * Returns a module that registers this modifier. Register it on an {@code XmlMapper} only
   * (in JSON the property would be renamed), after the mapper's own XML module, which every
   * {@code XmlMapper.builder()} adds first; {@code LcnXml.newMapper} does.
   *
   * @return the module
   */
  public static SimpleModule module() {
    return new SimpleModule("lcn-xml-item-names").setSerializerModifier(new XmlItemNames());
  }

  /**
   * Returns the name of the items of a list: the table's entry, else the rule, else
   * {@value #FALLBACK}.
   *
   * @param list the list's (the wrapper's) name
   * @return the item name
   */
  public static String itemName(String list) {
    String known = TABLE.get(list);
    return known != null ? known : byRule(list);
  }

  /** The rule for names outside the table. */
  static String byRule(String list) {
    int n = list.length();
    String singular = null;
    if (n > 3 && list.endsWith("ies")) {
      singular = list.substring(0, n - 3) + "y";
    } else if (n > 1 && list.endsWith("s")
        && UNSAFE_ENDINGS.stream().noneMatch(list::endsWith)) {
      singular = list.substring(0, n - 1);
    }
    return singular != null && XmlNameEscapes.isPlainName(singular) ? singular : FALLBACK;
  }

  @Override
  public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
      BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> properties) {
    List<BeanPropertyWriter> out = properties;
    for (int i = 0; i < properties.size(); i++) {
      BeanPropertyWriter p = properties.get(i);
      if (namesItsItems(p)) {
        if (out == properties) {
          out = new ArrayList<>(properties);
        }
        String item = ON_RECORD.getOrDefault(beanDesc.getBeanClass(), Map.of())
            .get(p.getName());
        out.set(i, new ItemNamed(p,
            PropertyName.construct(item != null ? item : itemName(p.getName())),
            PropertyName.construct(p.getName())));
      }
    }
    return out;
  }

  /** Whether a property is a list that Jackson would wrap in an element of its own name. */
  private static boolean namesItsItems(BeanPropertyWriter p) {
    if (!TypeUtil.isIndexedType(p.getType())
        || p.getAnnotation(JacksonXmlElementWrapper.class) != null) {
      return false;
    }
    JacksonXmlProperty xml = p.getAnnotation(JacksonXmlProperty.class);
    if (xml != null && !xml.localName().isEmpty()) {
      return false;
    }
    PropertyName wrapper = p.getWrapperName();
    return wrapper != null && wrapper != PropertyName.NO_NAME && !wrapper.hasSimpleName();
  }

  /** A list property named by its items, with the list's name as its wrapper's name. */
  private static final class ItemNamed extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;
    private final PropertyName wrapper;

    ItemNamed(BeanPropertyWriter list, PropertyName item, PropertyName wrapper) {
      super(list, item);
      this.wrapper = wrapper;
    }

    @Override
    public PropertyName getWrapperName() {
      return wrapper;
    }
  }
}
