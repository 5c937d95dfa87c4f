package org.partnergraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.partnergraph.model.Article;
import org.partnergraph.model.InputException;

/**
 * Saved news pages: the story is taken from {@code <article>} (or {@code <main>}, or the body),
 * without navigation, sidebars, footers and scripts; title, outlet, date and address come from
 * the page's metadata when present.
 */
final class HtmlArticles {

  Article parse(Path file, byte[] bytes) {
    String html = TextDecoder.decode(file.toString(), bytes);
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure, button, "
            + "[role=navigation], [role=complementary], .related, .teaser, .read-more, .share, .social, .newsletter, .cookie, .ad, .ads, "
            + "[class*=sidebar], [class*=trending], [class*=most-read], [class*=popular], [class*=comments], [class*=tags], "
            + "[class*=related], [class*=share], [class*=newsletter]")
        .remove();
    Element found = first(doc, "article", "main", "[itemprop=articleBody]");
    Element root = found != null ? found : doc.body();
    if (root == null) {
      throw new InputException(file.toString(), "HTML page has no body");
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element e : root.select("p, h2, h3, li, blockquote")) {
      if (e.parents().stream().anyMatch(p -> p != root && p.is("p, li, blockquote"))) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    if (paragraphs.isEmpty()) {
      String t = root.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    if (paragraphs.isEmpty()) {
      throw new InputException(file.toString(), "HTML page has no article text");
    }
    String title = meta(doc, "meta[property=og:title]");
    Element h1 = doc.selectFirst("h1");
    if (title == null && h1 != null) {
      title = h1.text();
    }
    if (title == null || title.isBlank()) {
      title = doc.title().isBlank() ? Titles.fromLead(paragraphs.get(0)) : doc.title();
    }
    String source = meta(doc, "meta[property=og:site_name]");
    String url = meta(doc, "meta[property=og:url]");
    if (url == null) {
      Element canonical = doc.selectFirst("link[rel=canonical]");
      url = canonical == null ? null : canonical.attr("href");
    }
    String published = meta(doc, "meta[property=article:published_time]");
    if (published == null) {
      Element time = doc.selectFirst("time[datetime]");
      published = time == null ? null : time.attr("datetime");
    }
    return new Article(
        ReaderIds.fromFile(file), title.strip(), String.join("\n\n", paragraphs), url, source,
        Dates.isoDateOrNull(published), file.toString());
  }

  private static Element first(Document doc, String... selectors) {
    for (String s : selectors) {
      Element e = doc.selectFirst(s);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private static String meta(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = e.attr("content").strip();
    return v.isEmpty() ? null : v;
  }
}
