package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.InvalidFrameworkException;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.util.StdConverter;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A framework as a list of nodes plus named weight sets, rebuilt through
 * {@link Framework#builder()} so that every framework rule applies on reading.
 *
 * @since 0.1.0
 */
public final class FrameworkJson {
  private FrameworkJson() {}

  /**
   * A framework on the wire.
   *
   * @param nodes the nodes in framework order
   * @param weightSets the named alternative weight sets, by name
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"nodes", "weightSets"})
  public record FrameworkData(
      @JsonProperty(required = true)
      List<NodeData> nodes,
      List<WeightSetData> weightSets) {}

  /**
   * One named weight set.
   *
   * @param name the set's name
   * @param weights weight by node code
   * @since 0.1.0
   */
  @JsonPropertyOrder({"name", "weights"})
  public record WeightSetData(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String name,
      Map<String, Double> weights) {}

  /**
   * A node on the wire; absent optional values are left out.
   *
   * @param code the code
   * @param name the name, left out when equal to the code
   * @param parent the parent's code, absent for the root
   * @param weight the weight, 1 when absent
   * @param direction {@code positive} (default) or {@code negative}
   * @param unit the unit of measurement
   * @param target the target value
   * @param denominator the denominator's name
   * @param aggregation the node's own aggregation
   * @param additionalParents further parents with the node's weight under each (a framework
   *     that is a directed acyclic graph), left out when there are none
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"code", "name", "parent", "weight", "direction", "unit", "target",
      "denominator", "aggregation", "additionalParents"})
  public record NodeData(
      @JsonProperty(required = true) String code, String name, String parent, Double weight,
      String direction, String unit, Double target, String denominator,
      Aggregation aggregation, Map<String, Double> additionalParents) {}

  /**
   * An aggregation on the wire.
   *
   * @param method the method's name
   * @param parameters the method's parameters
   * @param availabilityThreshold the share of children that must be present
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"method", "parameters", "availabilityThreshold"})
  public record AggregationData(
      @JsonProperty(required = true) String method, Parameters parameters,
      Double availabilityThreshold) {}

  /**
   * Framework to wire form.
   *
   * @since 0.1.0
   */
  public static final class ToData extends StdConverter<Framework, FrameworkData> {
    @Override
    public FrameworkData convert(Framework f) {
      List<NodeData> nodes = new ArrayList<>();
      for (Node n : f.nodes()) {
        nodes.add(toData(n));
      }
      List<WeightSetData> sets = new ArrayList<>();
      f.weightSets().forEach((name, w) -> sets.add(new WeightSetData(name, w)));
      return new FrameworkData(nodes, sets);
    }
  }

  /**
   * Wire form to framework.
   *
   * @since 0.1.0
   */
  public static final class FromData extends StdConverter<FrameworkData, Framework> {
    @Override
    public Framework convert(FrameworkData d) {
      Framework.Builder b = Framework.builder();
      for (NodeData n : nonNull(d.nodes())) {
        b.node(fromData(n));
      }
      for (WeightSetData s : nonNull(d.weightSets())) {
        b.weightSet(s.name(), s.weights() == null ? Map.of() : new LinkedHashMap<>(s.weights()));
      }
      return b.build();
    }
  }

  /**
   * Node to wire form.
   *
   * @since 0.1.0
   */
  public static final class NodeToData extends StdConverter<Node, NodeData> {
    @Override
    public NodeData convert(Node n) {
      return toData(n);
    }
  }

  /**
   * Wire form to node.
   *
   * @since 0.1.0
   */
  public static final class NodeFromData extends StdConverter<NodeData, Node> {
    @Override
    public Node convert(NodeData d) {
      return fromData(d);
    }
  }

  /**
   * Aggregation to wire form.
   *
   * @since 0.1.0
   */
  public static final class AggregationToData
      extends StdConverter<Aggregation, AggregationData> {
    @Override
    public AggregationData convert(Aggregation a) {
      return new AggregationData(a.method(), a.parameters(),
          a.availabilityThreshold().isPresent() ? a.availabilityThreshold().getAsDouble() : null);
    }
  }

  /**
   * Wire form to aggregation.
   *
   * @since 0.1.0
   */
  public static final class AggregationFromData
      extends StdConverter<AggregationData, Aggregation> {
    @Override
    public Aggregation convert(AggregationData d) {
      return new Aggregation(d.method(),
          d.parameters() == null ? Parameters.none() : d.parameters(),
          d.availabilityThreshold() == null ? OptionalDouble.empty()
              : OptionalDouble.of(d.availabilityThreshold()));
    }
  }

  static NodeData toData(Node n) {
    return new NodeData(n.code(), n.name().equals(n.code()) ? null : n.name(),
        n.parent().orElse(null), n.weight(),
        n.direction().name().toLowerCase(Locale.ROOT), n.unit(),
        n.target().isPresent() ? n.target().getAsDouble() : null,
        n.denominator().orElse(null), n.aggregation().orElse(null), n.additionalParents());
  }

  static Node fromData(NodeData d) {
    Direction direction;
    if (d.direction() == null || d.direction().equals("positive")) {
      direction = Direction.POSITIVE;
    } else if (d.direction().equals("negative")) {
      direction = Direction.NEGATIVE;
    } else {
      throw new InvalidFrameworkException(d.code(), "direction '" + d.direction()
          + "' is invalid; expected positive or negative");
    }
    if (d.unit() != null && d.unit().isEmpty()) {
      // "" is how a node says it has no unit, which the writer leaves out; written, it is an
      // empty element or text the schemas refuse.
      throw new InvalidFrameworkException(d.code(), "unit is empty; expected a unit of "
          + "measurement, or the property left out");
    }
    return new Node(d.code(), d.name(), Optional.ofNullable(d.parent()),
        d.weight() == null ? 1.0 : d.weight(), direction, d.unit(),
        d.target() == null ? OptionalDouble.empty() : OptionalDouble.of(d.target()),
        Optional.ofNullable(d.denominator()), Optional.ofNullable(d.aggregation()),
        d.additionalParents() == null ? Map.of() : d.additionalParents());
  }

  static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
