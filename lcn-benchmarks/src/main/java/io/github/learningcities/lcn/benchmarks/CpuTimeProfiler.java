package io.github.learningcities.lcn.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation next to the wall-clock average, in the
 * benchmark's time unit: {@code cpu.worker.norm}, the CPU time of the benchmark's own worker
 * threads (the work of the operation itself), and {@code cpu.process.norm}, the CPU time of
 * the whole process (adding the JIT compiler and the garbage collector).
 *
 * <p>Why: on a shared machine with fewer cores than runnable processes, the wall-clock time of
 * an operation includes the time its thread waited for a core, which can be many times the
 * work itself. CPU time per operation stays much closer to what a quiet machine shows, so
 * numbers taken on a busy machine can still be compared with targets measured on a quiet one.
 * Both are computed per iteration as the wall-clock score times the CPU time over the
 * iteration's elapsed time. Run with {@code -prof
 * io.github.learningcities.lcn.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private static final String WORKER = "-jmh-worker-";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> workerStart = Map.of();
  private long processStart;
  private long wallStart;

  @Override
  public String getDescription() {
    return "CPU time per operation, of the benchmark threads and of the whole process";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    workerStart = workerCpuNanos();
    processStart = processCpuNanos();
    wallStart = System.nanoTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long wall = Math.max(1, System.nanoTime() - wallStart);
    long process = processCpuNanos() - processStart;
    long worker = 0;
    for (Map.Entry<Long, Long> e : workerCpuNanos().entrySet()) {
      worker += e.getValue() - workerStart.getOrDefault(e.getKey(), 0L);
    }
    double score = result.getPrimaryResult().getScore();
    String unit = result.getScoreUnit();
    return List.of(
        new ScalarResult("cpu.worker.norm", score * worker / wall, unit, AggregationPolicy.AVG),
        new ScalarResult("cpu.process.norm", score * process / wall, unit,
            AggregationPolicy.AVG));
  }

  private Map<Long, Long> workerCpuNanos() {
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains(WORKER)) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu >= 0) {
          out.put(info.getThreadId(), cpu);
        }
      }
    }
    return out;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report the process CPU time; "
        + "expected a HotSpot-based JVM (com.sun.management)");
  }
}
