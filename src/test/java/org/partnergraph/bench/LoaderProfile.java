package org.partnergraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JDK Flight Recorder profile of the loader run. The embedded Neo4j runs in the same JVM, so
 * the samples show both sides of Bolt: our batching and Neo4j's Cypher runtime and storage.
 */
final class LoaderProfile {
  /** Where a sample's time went, by the first frame that names a known component. */
  private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

  static {
    COMPONENTS.put("org.partnergraph.", "partnergraph (batching, rows)");
    COMPONENTS.put("org.neo4j.driver.", "Bolt client (driver)");
    COMPONENTS.put("org.neo4j.bolt.", "Bolt server");
    COMPONENTS.put("io.netty.", "network (Netty)");
    COMPONENTS.put("org.neo4j.cypher.internal.planner", "Cypher planning");
    COMPONENTS.put("org.neo4j.cypher.internal.compiler", "Cypher planning");
    COMPONENTS.put("org.neo4j.cypher.", "Cypher runtime");
    COMPONENTS.put("org.neo4j.kernel.impl.newapi", "kernel reads/writes");
    COMPONENTS.put("org.neo4j.kernel.impl.index", "index maintenance");
    COMPONENTS.put("org.neo4j.index.", "index maintenance");
    COMPONENTS.put("org.neo4j.internal.recordstorage", "record storage");
    COMPONENTS.put("org.neo4j.io.pagecache", "page cache");
    COMPONENTS.put("org.neo4j.kernel.impl.transaction", "transaction log and commit");
    COMPONENTS.put("org.neo4j.kernel.", "kernel (other)");
    COMPONENTS.put("org.neo4j.values.", "value conversion");
    COMPONENTS.put("org.neo4j.", "Neo4j (other)");
  }

  private final Recording recording;

  private LoaderProfile(Recording recording) {
    this.recording = recording;
  }

  static LoaderProfile start() throws IOException {
    try {
      Recording r = new Recording(Configuration.getConfiguration("profile"));
      r.start();
      return new LoaderProfile(r);
    } catch (ParseException e) {
      throw new IOException(e);
    }
  }

  void stop(Path file) throws IOException {
    recording.stop();
    recording.dump(file);
    recording.close();
  }

  /** Share of execution samples per component and the hottest top frames. */
  record Summary(long samples, Map<String, Double> components, Map<String, Double> hotMethods) {}

  static Summary summarise(Path file) throws IOException {
    Map<String, Long> byComponent = new HashMap<>();
    Map<String, Long> byMethod = new HashMap<>();
    long samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      samples++;
      RecordedFrame top = frames.get(0);
      byMethod.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
      byComponent.merge(component(frames), 1L, Long::sum);
    }
    return new Summary(samples, shares(byComponent, samples, 12), shares(byMethod, samples, 10));
  }

  private static String component(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String type = f.getMethod().getType().getName();
      for (Map.Entry<String, String> c : COMPONENTS.entrySet()) {
        if (type.startsWith(c.getKey())) {
          return c.getValue();
        }
      }
    }
    return "JDK and other libraries";
  }

  private static Map<String, Double> shares(Map<String, Long> counts, long total, int top) {
    Map<String, Double> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .forEach(en -> out.put(en.getKey(), Math.round(1000.0 * en.getValue() / Math.max(1, total)) / 10.0));
    return out;
  }
}
