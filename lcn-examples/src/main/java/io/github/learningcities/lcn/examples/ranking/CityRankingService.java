package io.github.learningcities.lcn.examples.ranking;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What an application that embeds the SDK might write: a league table of cities scored with
 * its own framework and pipeline. Cities without an index score (no data at all) are left out
 * of the table; cities with equal scores share a place and are listed by code.
 *
 * <pre>{@code
 * CityRankingService service = new CityRankingService(framework, Pipeline.coinrDefault());
 * for (CityRankingService.Entry e : service.leagueTable(dataset)) {
 *   render(e.place(), e.name(), e.score());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CityRankingService {

  private final Engine engine;
  private final Framework framework;
  private final Pipeline pipeline;

  /**
   * Creates a service on the standard engine.
   *
   * @param framework the framework whose root is the ranked index
   * @param pipeline the pipeline
   */
  public CityRankingService(Framework framework, Pipeline pipeline) {
    this(Engine.standard(), framework, pipeline);
  }

  /**
   * Creates a service on an engine.
   *
   * @param engine the engine
   * @param framework the framework whose root is the ranked index
   * @param pipeline the pipeline
   */
  public CityRankingService(Engine engine, Framework framework, Pipeline pipeline) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.framework = Objects.requireNonNull(framework, "framework");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * One row of the league table.
   *
   * @param place the place, 1 for the best; equal scores share the best place
   * @param code the city's code in the dataset
   * @param name the city's name
   * @param score the index score
   * @since 0.1.0
   */
  public record Entry(int place, String code, String name, double score) {}

  /**
   * Scores the cities and orders them from the best index score to the worst.
   *
   * @param cities the data of the cities
   * @return the table; cities without an index score are not in it
   */
  public List<Entry> leagueTable(Dataset cities) {
    Results results = engine.run(framework, cities, pipeline);
    String root = framework.root().code();
    List<Entry> table = new ArrayList<>();
    for (Unit u : results.units()) {
      OptionalDouble score = results.score(u.code(), root);
      if (score.isPresent()) {
        table.add(new Entry(results.rank(u.code(), root).orElseThrow(), u.code(), u.name(),
            score.getAsDouble()));
      }
    }
    table.sort(Comparator.comparingInt(Entry::place).thenComparing(Entry::code));
    return List.copyOf(table);
  }

  /**
   * Returns the best cities: the first {@code n} rows of the league table.
   *
   * @param cities the data of the cities
   * @param n how many, at least 0
   * @return at most {@code n} rows
   */
  public List<Entry> top(Dataset cities, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n is " + n + "; expected 0 or more");
    }
    List<Entry> table = leagueTable(cities);
    return table.subList(0, Math.min(n, table.size()));
  }
}
