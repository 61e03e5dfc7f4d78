package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: interrupting or cancelling an uncertainty analysis threw, but its workers ran
 * every remaining replication. The analysis varies only the aggregation, a registered method
 * that counts the replications started and finished by its calls for the root (the last
 * aggregate of each replication).
 */
class UncertaintyCancellationTest {
  private static final int THREADS = 3;
  private static final int SAMPLES = 400;

  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private final AtomicInteger startedAtCancel = new AtomicInteger(-1);

  private Aggregator counting() {
    return (ch, w, out, p, c) -> {
      boolean root = c.node().equals("I");
      if (root) {
        started.incrementAndGet();
        // A replication that takes a moment, so that the remaining ones would still be running.
        LockSupport.parkNanos(1_000_000);
      }
      for (int u = 0; u < out.length; u++) {
        out[u] = ch[0][u];
      }
      if (root) {
        finished.incrementAndGet();
      }
    };
  }

  private Engine engine() {
    return Engine.using(MethodRegistry.standard().withAggregator("counting-a", counting())
        .withAggregator("counting-b", counting()));
  }

  private UncertaintySpec spec() {
    return UncertaintySpec.of(List.of(Factor.aggregation("aggregation",
        List.of(Aggregation.of("counting-a", io.github.learningcities.lcn.indicators.method
            .Parameters.none()), Aggregation.of("counting-b", io.github.learningcities.lcn
            .indicators.method.Parameters.none())))), SAMPLES, 3L).withThreads(THREADS);
  }

  private Results nominal() {
    return UncertaintyAnalysisTest.nominal(Pipeline.coinrDefault()
        .withNormalisation(Normalisation.minMax(1, 100)));
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  /**
   * Replications started after the cancel: at most one per worker (those that had passed the
   * check), and none once the analysis has returned.
   */
  private void assertStoppedWithinOneReplication() {
    int afterReturn = started.get();
    assertThat(afterReturn - startedAtCancel.get()).isLessThanOrEqualTo(THREADS);
    assertThat(finished.get()).as("replications still running after the analysis returned")
        .isEqualTo(afterReturn);
    // Give a worker that was not stopped the chance to start more.
    LockSupport.parkNanos(50_000_000);
    assertThat(started.get()).isEqualTo(afterReturn);
    assertThat(afterReturn).isLessThan(SAMPLES);
  }

  @Test
  void cancellingStopsEveryWorkerWithinOneReplication() {
    Engine engine = engine();
    Results nominal = nominal();
    assertThatThrownBy(() -> UncertaintyAnalysis.run(engine, nominal, spec(), new Progress() {
      @Override
      public void onProgress(int done, int total) {
        if (done >= 10) {
          startedAtCancel.compareAndSet(-1, started.get());
        }
      }

      @Override
      public boolean isCancelled() {
        return startedAtCancel.get() >= 0;
      }
    })).isInstanceOf(CancellationException.class);
    assertStoppedWithinOneReplication();
  }

  @Test
  void interruptingStopsEveryWorkerWithinOneReplication() {
    Engine engine = engine();
    Results nominal = nominal();
    Thread caller = Thread.currentThread();
    assertThatThrownBy(() -> UncertaintyAnalysis.run(engine, nominal, spec(),
        (done, total) -> {
          if (done >= 10 && startedAtCancel.compareAndSet(-1, started.get())) {
            caller.interrupt();
          }
        })).isInstanceOf(CancellationException.class).hasMessageContaining("interrupted");
    assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    assertStoppedWithinOneReplication();
  }
}
