package org.partnergraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the Neo4j Browser guide ({@code cypher/guide/partnergraph.html}). Neo4j Browser fetches
 * {@code :play} guides from another origin (with a preflight), so responses carry CORS headers for
 * that origin only: {@link LocalOriginFilter} has refused every origin that is not this server's.
 * The Browser sends {@code Cache-Control} and {@code Pragma} with the fetch, so the preflight must
 * allow them or Chromium blocks the guide and the Browser shows "No guide by that name".
 */
final class GuideServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/guide/partnergraph.html";
  static final String ALLOWED_HEADERS = "Content-Type, Cache-Control, Pragma";

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
    cors(request, response);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private static void cors(HttpServletRequest request, HttpServletResponse response) {
    String origin = request.getHeader("Origin");
    response.setHeader("Vary", "Origin");
    if (origin == null) {
      return;
    }
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
    response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try (InputStream in = GuideServlet.class.getResourceAsStream("/cypher" + PATH)) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType("text/html; charset=utf-8");
      cors(request, response);
      in.transferTo(response.getOutputStream());
    }
  }
}
