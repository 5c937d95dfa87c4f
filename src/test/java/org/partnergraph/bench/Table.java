package org.partnergraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** The Markdown summary of a {@code latest.json}, printed at the end of a run and pasted into bench/README.md. */
final class Table {
  static String markdown(JsonNode r) {
    StringBuilder b = new StringBuilder();
    JsonNode m = r.get("machine");
    b.append("Run ").append(r.get("date").asText()).append(" (").append(r.get("mode").asText()).append("), ")
        .append(m.path("cores").asInt()).append(" cores, ").append(m.path("cpu").asText("?")).append(", ")
        .append(m.path("memory_gb").asText("?")).append(" GB, ").append(m.path("java").asText()).append(", extractor ")
        .append(r.get("extractor").asText()).append(", ").append(r.get("total_seconds").asText()).append(" s in all.\n\n");

    b.append("| load into Neo4j | articles | nodes | relationships | seconds | elements/s |\n|---|---:|---:|---:|---:|---:|\n");
    for (JsonNode l : r.get("load")) {
      b.append("| ").append(l.get("method").asText()).append(" | ").append(l.get("articles").asInt()).append(" | ")
          .append(l.get("nodes").asLong()).append(" | ").append(l.get("relationships").asLong()).append(" | ")
          .append(l.get("seconds").asText()).append(" | ").append(l.get("elements_per_second").asLong()).append(" |\n");
    }

    JsonNode rdf = r.get("rdf");
    b.append("\n| RDF (").append(rdf.get("triples").asLong()).append(" triples) | seconds | triples/s |\n|---|---:|---:|\n")
        .append("| TDB2 load | ").append(rdf.get("tdb2_load_seconds").asText()).append(" | ").append(rdf.get("tdb2_triples_per_second").asLong()).append(" |\n")
        .append("| N-Quads export from TDB2 | ").append(rdf.get("nquads_export_seconds").asText()).append(" | ").append(rdf.get("nquads_export_triples_per_second").asLong()).append(" |\n")
        .append("| riot writing the same quads | ").append(rdf.get("riot_seconds").asText()).append(" | ").append(rdf.get("riot_triples_per_second").asLong()).append(" |\n");

    JsonNode ex = r.get("extraction");
    b.append("\n| extraction (").append(ex.get("articles").asInt()).append(" articles, ").append(ex.get("mb").asText())
        .append(" MB, ").append(ex.get("tokens").asLong()).append(" tokens) | articles/s | MB/s | tokens/s |\n|---|---:|---:|---:|\n");
    for (JsonNode t : ex.get("runs")) {
      b.append("| ").append(t.get("threads").asInt()).append(" thread(s) | ").append(t.get("articles_per_second").asText()).append(" | ")
          .append(t.get("mb_per_second").asText()).append(" | ").append(t.get("tokens_per_second").asLong()).append(" |\n");
    }

    JsonNode learned = r.path("learned_extraction");
    if (!learned.isMissingNode()) {
      b.append("\n| learned extraction (").append(learned.get("articles").asInt()).append(" dev articles, ")
          .append(learned.get("distinct_sentences_embedded").asInt()).append(" distinct sentences, 1 thread) | seconds | articles/s | sentences embedded |\n|---|---:|---:|---:|\n");
      String model = learned.path("model").asText("model");
      for (String[] row : new String[][] {{"rules", learned.at("/rules/version").asText("rules")}, {"model_cold_cache", model + ", empty sentence cache"},
          {"model_warm_cache", model + ", every sentence cached"}}) {
        JsonNode p = learned.get(row[0]);
        b.append("| ").append(row[1]).append(" | ").append(p.get("seconds").asText()).append(" | ").append(p.get("articles_per_second").asText())
            .append(" | ").append(p.path("sentences_embedded").asText("")).append(" |\n");
      }
    }

    b.append("\n| etl -Xmx512m | seconds | articles/s | live heap (MB, full GC) | after young GC (MB) | peak before GC (MB) |\n|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode s : r.get("scaling")) {
      b.append("| ").append(s.get("articles").asInt()).append(" | ").append(s.get("seconds").asText()).append(" | ")
          .append(s.get("articles_per_second").asText()).append(" | ").append(s.get("live_heap_mb").asLong()).append(" | ")
          .append(s.get("after_young_gc_mb").asLong()).append(" | ").append(s.get("peak_heap_before_gc_mb").asLong()).append(" |\n");
    }
    JsonNode noop = r.get("noop_rerun");
    b.append("\nNo-op nightly rerun over ").append(noop.get("articles").asInt()).append(" articles: ")
        .append(noop.get("rerun_seconds").asText()).append(" s after a first run of ").append(noop.get("first_seconds").asText()).append(" s.\n");

    b.append("\n| ratio | measured | target |\n|---|---:|---|\n");
    JsonNode targets = r.get("targets");
    for (Iterator<Map.Entry<String, JsonNode>> it = r.get("ratios").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      b.append("| ").append(e.getKey()).append(" | ").append(e.getValue().isNull() ? "n/a" : e.getValue().asText()).append(" | ")
          .append(targets.path(e.getKey()).asText("")).append(" |\n");
    }

    JsonNode p = r.get("loader_profile");
    b.append("\nLoader profile (JFR, ").append(p.get("samples").asLong()).append(" samples), share by component: ");
    StringBuilder parts = new StringBuilder();
    p.get("by_component_percent").fields().forEachRemaining(e -> parts.append(parts.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue().asText()).append('%'));
    b.append(parts).append(".\n");
    return b.toString();
  }

  private Table() {}
}
