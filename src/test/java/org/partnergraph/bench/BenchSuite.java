package org.partnergraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.pipeline.Pipeline;

/**
 * Every benchmark in one JVM and one run, so that each figure can be read as a ratio against a
 * baseline measured minutes apart on the same machine. Started by {@code bench/run}, which builds
 * the project and fetches the peers; writes {@code latest.json}, {@code latest.md} and the charts.
 *
 * <pre>BenchSuite --mode quick|default|full --root DIR --out DIR --work DIR [--n10s JAR] [--corenlp JSON]</pre>
 */
public final class BenchSuite {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** Real news, as varied in its sentences as a night's articles: what the learned extractor is timed on. */
  private static final String DEV_ARTICLES = "src/test/resources/eval/dev/articles";

  /**
   * How much each benchmark does; quick fits in minutes on 2 cores, full includes 1M articles.
   * {@code modelArticles} is how many development articles the learned extractor runs on (0: all),
   * {@code modelRounds} how often each of its passes runs (the fastest counts).
   */
  record Mode(String name, int loadArticles, int naiveArticles, List<Integer> scaling, int noopArticles, int modelArticles, int modelRounds) {
    static Mode of(String name) {
      return switch (name) {
        case "smoke" -> new Mode(name, 200, 50, List.of(100, 300), 300, 40, 1); // checks the suite itself, in about a minute
        case "quick" -> new Mode(name, 1_000, 150, List.of(1_000, 2_000, 5_000), 5_000, 0, 1);
        case "default" -> new Mode(name, 5_000, 300, List.of(1_000, 10_000, 100_000), 10_000, 0, 3);
        case "full" -> new Mode(name, 5_000, 300, List.of(1_000, 10_000, 100_000, 1_000_000), 10_000, 0, 3);
        default -> throw new IllegalArgumentException("mode should be quick, default or full: " + name);
      };
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Mode mode = Mode.of(opt.getOrDefault("mode", "quick"));
    Path root = Path.of(opt.getOrDefault("root", ".")).toAbsolutePath();
    Path out = Path.of(opt.getOrDefault("out", "bench/results")).toAbsolutePath();
    Path work = Path.of(opt.get("work")).toAbsolutePath();
    Path n10s = opt.containsKey("n10s") ? Path.of(opt.get("n10s")) : null;
    Path corenlp = opt.containsKey("corenlp") ? Path.of(opt.get("corenlp")) : null;
    Files.createDirectories(out);
    new BenchSuite(mode, root, out, work).run(n10s, corenlp);
  }

  private final Mode mode;
  private final Path root;
  private final Path out;
  private final Path work;
  private final ObjectNode report = JSON.createObjectNode();
  private final ObjectNode ratios = JSON.createObjectNode();
  private final ObjectNode notes = JSON.createObjectNode();

  private BenchSuite(Mode mode, Path root, Path out, Path work) {
    this.mode = mode;
    this.root = root;
    this.out = out;
    this.work = work;
  }

  private void run(Path n10sJar, Path corenlpJson) throws Exception {
    long began = System.nanoTime();
    report.put("mode", mode.name());
    report.put("date", Instant.now().toString());
    report.set("machine", machine());
    report.put("extractor", RuleExtractor.VERSION);

    step("corpus: " + mode.loadArticles() + " articles");
    Path corpus = work.resolve("corpus-" + mode.loadArticles());
    new CorpusGenerator(42).write(corpus, mode.loadArticles());

    step("extraction on 1 and 2 threads");
    ExtractBench.Result ex = ExtractBench.run(corpus);
    extraction(ex);
    List<ArticleFacts> facts = ex.facts();
    corenlp(corenlpJson, ex);

    step("learned extraction: rules/11 and the newest model on the development set");
    learned(ModelBench.run(root.resolve(DEV_ARTICLES), mode.modelArticles(), mode.modelRounds()));

    step("load: warm-up on a throwaway store");
    LoadBench.warmUp(facts, work);
    step("load: partnergraph loader over " + facts.size() + " articles");
    LoadBench.Load loader = LoadBench.loader(facts, work.resolve("neo4j-loader"), Pipeline.DEFAULT_BATCH, null);
    step("load: the same again under JFR, for the profile (not timed: the recorder slows it)");
    Path jfr = out.resolve("loader.jfr");
    LoadBench.loader(facts, work.resolve("neo4j-loader-profiled"), Pipeline.DEFAULT_BATCH, jfr);
    List<ArticleFacts> subset = facts.subList(0, Math.min(mode.naiveArticles(), facts.size()));
    step("load: naive, one statement per fact, over " + subset.size() + " articles");
    LoadBench.Load naive = LoadBench.naive(subset, work.resolve("neo4j-naive"));
    step("load: partnergraph loader over the same " + subset.size() + " articles");
    LoadBench.Load loaderSubset = LoadBench.loader(subset, work.resolve("neo4j-loader-subset"), Pipeline.DEFAULT_BATCH, null);
    LoadBench.Load n10s = null;
    if (n10sJar != null && Files.isRegularFile(n10sJar)) {
      step("load: neosemantics over " + facts.size() + " articles");
      Path plugins = Files.createDirectories(work.resolve("n10s-plugins"));
      Files.copy(n10sJar, plugins.resolve(n10sJar.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      n10s = LoadBench.n10s(facts, work.resolve("neo4j-n10s"), plugins);
    } else {
      notes.put("load_vs_n10s", "neosemantics jar not available (bench/run fetches it with scripts/fetch-plugins.sh; offline?)");
    }
    step("load: neo4j-admin database import of the same graph");
    BulkImport.Csv csv = BulkImport.dump(work.resolve("neo4j-loader"), work.resolve("bulk-csv"));
    double bulkSeconds = BulkImport.importInto(work.resolve("neo4j-bulk"), csv, work.resolve("bulk-import.log"));
    LoadBench.Load bulk;
    try (var g = LoadBench.fresh(work.resolve("neo4j-bulk"), null)) {
      bulk = LoadBench.counted(g, "neo4j-admin database import full (offline)", facts.size(), bulkSeconds,
          String.format(Locale.ROOT, "CSV dump of the loaded graph took %.1f s (not counted)", csv.seconds()));
    }
    if (bulk.nodes() != loader.nodes() || bulk.relationships() != loader.relationships()) {
      throw new IllegalStateException("bulk import built a different graph: " + bulk + " vs " + loader);
    }
    load(loader, naive, loaderSubset, n10s, bulk);
    profile(jfr);

    step("RDF: TDB2 load, N-Quads export, riot");
    rdf(RdfBench.run(facts, work));

    scaling();
    report.put("total_seconds", round((System.nanoTime() - began) / 1e9, 1));
    report.set("ratios", ratios);
    report.set("targets", targets());
    report.set("notes", notes);
    Files.writeString(out.resolve("latest.json"), JSON.writeValueAsString(report) + "\n");
    String table = Table.markdown(report);
    Files.writeString(out.resolve("latest.md"), table, StandardCharsets.UTF_8);
    System.out.println(table);
  }

  private void extraction(ExtractBench.Result ex) {
    ObjectNode e = report.putObject("extraction");
    e.put("articles", ex.articles());
    e.put("mb", round(ex.bytes() / 1e6, 2));
    e.put("tokens", ex.tokens());
    ArrayNode rates = e.putArray("runs");
    for (ExtractBench.Rate r : ex.rates()) {
      ObjectNode n = rates.addObject();
      n.put("threads", r.threads());
      n.put("seconds", round(r.seconds(), 2));
      n.put("articles_per_second", round(r.articlesPerSecond(), 1));
      n.put("mb_per_second", round(r.mbPerSecond(), 3));
      n.put("tokens_per_second", Math.round(r.tokensPerSecond()));
    }
    e.put("speedup_2_vs_1_threads", round(ex.rates().get(0).seconds() / ex.rates().get(1).seconds(), 2));
  }

  private void learned(ModelBench.Result m) throws IOException {
    ObjectNode n = ModelBench.json(m);
    report.set("learned_extraction", n);
    Files.writeString(out.resolve("model-speed.json"), JSON.writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
    ratios.put("model_vs_rules", n.get("model_vs_rules").asDouble());
    notes.put("model_vs_rules", "articles/s of " + m.model() + " (the newest bundled model) with an empty sentence cache over " + m.rulesVersion()
        + ", the rules it decides, one extraction thread (the model's "
        + "embeddings spread over the cores), the same " + m.articles() + " development articles, fastest of " + m.rounds()
        + " round(s); with every sentence cached " + m.model() + " ran at " + n.get("model_warm_vs_rules").asDouble() + "x " + m.rulesVersion() + ". "
        + "Issue #22 asks for 20 articles/s on 2 cores: this run's " + m.model() + " made " + n.at("/model_cold_cache/articles_per_second").asDouble());
  }

  private void corenlp(Path file, ExtractBench.Result ex) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      ratios.putNull("extract_vs_corenlp");
      notes.put("extract_vs_corenlp", "the CoreNLP peer did not run in this invocation (bench/run --no-corenlp, or fetching CoreNLP failed)");
      return;
    }
    JsonNode peer = JSON.readTree(file.toFile());
    report.set("corenlp_peer", peer);
    ratios.put("extract_vs_corenlp", peer.get("extract_vs_corenlp").asDouble());
    notes.put("extract_vs_corenlp", "tokens/s of both extractors on the " + peer.get("articles").asInt()
        + "-article development set, CoreNLP's tokens counted for both (bench/corenlp/run, same invocation)");
  }

  private void load(LoadBench.Load loader, LoadBench.Load naive, LoadBench.Load loaderSubset, LoadBench.Load n10s, LoadBench.Load bulk)
      throws IOException {
    ArrayNode loads = report.putArray("load");
    Map<String, Double> chart = new LinkedHashMap<>();
    for (LoadBench.Load l : new LoadBench.Load[] {loader, loaderSubset, naive, n10s, bulk}) {
      if (l == null) {
        continue;
      }
      ObjectNode n = loads.addObject();
      n.put("method", l.method());
      n.put("articles", l.articles());
      n.put("nodes", l.nodes());
      n.put("relationships", l.relationships());
      n.put("seconds", round(l.seconds(), 2));
      n.put("elements_per_second", Math.round(l.elementsPerSecond()));
      if (l.note() != null) {
        n.put("note", l.note());
      }
    }
    chart.put("partnergraph", loader.elementsPerSecond());
    chart.put("partnergraph (" + loaderSubset.articles() + ")", loaderSubset.elementsPerSecond());
    chart.put("naive (" + naive.articles() + ")", naive.elementsPerSecond());
    if (n10s != null) {
      chart.put("n10s", n10s.elementsPerSecond());
    }
    chart.put("neo4j-admin import", bulk.elementsPerSecond());
    Charts.load(chart, out.resolve("load.png"));

    if (naive.nodes() != loaderSubset.nodes() || naive.relationships() != loaderSubset.relationships()) {
      notes.put("load_graphs_differ", "naive built " + naive.nodes() + "+" + naive.relationships() + " elements, the loader "
          + loaderSubset.nodes() + "+" + loaderSubset.relationships());
    }
    ratios.put("load_vs_naive", round(loaderSubset.elementsPerSecond() / naive.elementsPerSecond(), 1));
    notes.put("load_vs_naive", "the same " + naive.articles() + " articles' facts, fresh stores; the loader over all "
        + loader.articles() + " articles ran at " + Math.round(loader.elementsPerSecond()) + " elements/s");
    if (n10s != null) {
      ratios.put("load_vs_n10s", round(loader.elementsPerSecond() / n10s.elementsPerSecond(), 2));
      notes.put("load_vs_n10s", "elements/s; n10s builds its own shape of the same facts from our RDF (one node per IRI, reified statements as nodes)");
    }
    ratios.put("load_vs_bulk", round(loader.elementsPerSecond() / bulk.elementsPerSecond(), 3));
    notes.put("load_vs_bulk", "the offline importer loading the identical graph (same node and relationship counts, all properties) from CSV, JVM start included");
  }

  private void profile(Path jfr) throws IOException {
    LoaderProfile.Summary p = LoaderProfile.summarise(jfr);
    ObjectNode n = report.putObject("loader_profile");
    n.put("jfr", out.relativize(jfr).toString());
    n.put("samples", p.samples());
    n.set("by_component_percent", JSON.valueToTree(p.components()));
    n.set("hot_methods_percent", JSON.valueToTree(p.hotMethods()));
  }

  private void rdf(RdfBench.Result r) {
    ObjectNode n = report.putObject("rdf");
    n.put("triples", r.triples());
    n.put("tdb2_load_seconds", round(r.tdb2Seconds(), 2));
    n.put("tdb2_triples_per_second", Math.round(r.tdb2TriplesPerSecond()));
    n.put("nquads_export_seconds", round(r.exportSeconds(), 2));
    n.put("nquads_export_triples_per_second", Math.round(r.exportTriplesPerSecond()));
    n.put("nquads_export_mb", round(r.exportBytes() / 1e6, 1));
    n.put("riot_seconds", round(r.riotSeconds(), 2));
    n.put("riot_triples_per_second", Math.round(r.riotTriplesPerSecond()));
    ratios.put("tdb2_vs_riot", round(r.tdb2TriplesPerSecond() / r.riotTriplesPerSecond(), 3));
    notes.put("tdb2_vs_riot", "triples/s into TDB2 (one named graph per article, transactional) over riot streaming the same quads to an N-Quads file; "
        + "our export from TDB2 runs at " + round(r.exportTriplesPerSecond() / r.riotTriplesPerSecond(), 2) + "x riot");
  }

  private void scaling() throws Exception {
    List<ScalingBench.Run> runs = new ArrayList<>();
    ArrayNode rows = report.putArray("scaling");
    Path logs = work.resolve("logs");
    ScalingBench.Run noopFirst = null;
    Path noopData = null;
    Path noopCorpus = null;
    for (int n : mode.scaling()) {
      step("scaling: corpus of " + n + " and etl -Xmx512m");
      Path corpus = work.resolve("corpus-" + n);
      if (!Files.isDirectory(corpus)) {
        new CorpusGenerator(42).write(corpus, n);
      }
      Path data = work.resolve("data-" + n);
      ScalingBench.Run r = ScalingBench.etl(root, corpus, n, data, logs);
      runs.add(r);
      ObjectNode row = rows.addObject();
      row.put("articles", n);
      row.put("seconds", round(r.seconds(), 1));
      row.put("articles_per_second", round(r.articlesPerSecond(), 1));
      row.put("live_heap_mb", r.liveHeapMb());
      row.put("after_young_gc_mb", r.afterYoungMb());
      row.put("peak_heap_before_gc_mb", r.peakHeapMb());
      row.put("gc_pauses", r.gcCount());
      if (n == mode.noopArticles()) {
        noopFirst = r;
        noopData = data;
        noopCorpus = corpus;
      }
    }
    Charts.scaling(runs, out.resolve("scaling.png"));
    ScalingBench.Run small = runs.get(0);
    ScalingBench.Run large = runs.get(runs.size() - 1);
    report.put("scaling_time_per_article_largest_vs_smallest",
        round((large.seconds() / large.articles()) / (small.seconds() / small.articles()), 2));
    ScalingBench.Run tenK = runs.stream().filter(r -> r.articles() == 10_000).findFirst().orElse(null);
    ScalingBench.Run oneM = runs.stream().filter(r -> r.articles() == 1_000_000).findFirst().orElse(null);
    if (tenK != null && oneM != null) {
      ratios.put("heap_1m_vs_10k", round((double) oneM.liveHeapMb() / tenK.liveHeapMb(), 2));
      notes.put("heap_1m_vs_10k", "largest live set seen by the forced full GCs, -Xmx512m");
    } else {
      ratios.putNull("heap_1m_vs_10k");
      notes.put("heap_1m_vs_10k", "1M articles run only with bench/run --full; live heap largest vs smallest N in this run: "
          + round((double) large.liveHeapMb() / Math.max(1, small.liveHeapMb()), 2) + " (" + large.articles() + " vs " + small.articles() + ")");
    }
    step("no-op nightly rerun over " + mode.noopArticles());
    ScalingBench.Run noop = ScalingBench.etl(root, noopCorpus, mode.noopArticles(), noopData, logs);
    ObjectNode n = report.putObject("noop_rerun");
    n.put("articles", mode.noopArticles());
    n.put("first_seconds", round(noopFirst.seconds(), 1));
    n.put("rerun_seconds", round(noop.seconds(), 2));
    ratios.put("noop_rerun_vs_first", round(noop.seconds() / noopFirst.seconds(), 4));
    notes.put("scaling", "live heap: the largest live set a full GC found (the benchmark forces one with jcmd GC.run every "
        + ScalingBench.PROBE_SECONDS + " s, which costs the run a little time); G1's after-young-GC figure includes old garbage not yet collected");
  }

  private static ObjectNode targets() {
    ObjectNode t = JSON.createObjectNode();
    t.put("load_vs_naive", ">= 20");
    t.put("load_vs_n10s", ">= 5");
    t.put("load_vs_bulk", ">= 0.30");
    t.put("noop_rerun_vs_first", "< 0.02");
    t.put("heap_1m_vs_10k", "about 1 (flat)");
    return t;
  }

  private static ObjectNode machine() throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    Path cpu = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpu)) {
      Files.readAllLines(cpu).stream().filter(l -> l.startsWith("model name")).findFirst()
          .ifPresent(l -> m.put("cpu", l.substring(l.indexOf(':') + 1).strip()));
    }
    Path mem = Path.of("/proc/meminfo");
    if (Files.isReadable(mem)) {
      Files.readAllLines(mem).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
          .ifPresent(l -> m.put("memory_gb", round(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0, 1)));
    }
    return m;
  }

  private static void step(String what) {
    System.err.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), what);
  }

  static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }
}
