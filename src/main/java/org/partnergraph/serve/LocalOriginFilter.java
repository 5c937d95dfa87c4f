package org.partnergraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses, with 403 and before any query or write runs, an HTTP request to the SPARQL endpoint
 * that a foreign web page sent ({@code Origin} not this server's) or that arrived under a foreign
 * name ({@code Host} not this machine's: DNS rebinding).
 */
final class LocalOriginFilter implements Filter {
  private final LocalOrigins policy;

  LocalOriginFilter(LocalOrigins policy) {
    this.policy = policy;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (!policy.hostAllowed(request.getHeader("Host"))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Host not served here");
      return;
    }
    if (!policy.originAllowed(request.getHeader("Origin"))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-origin requests are not served");
      return;
    }
    chain.doFilter(req, res);
  }
}
