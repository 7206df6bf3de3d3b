package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.auth.Callers;
import com.leadtolease.platform.security.Scopes;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import com.leadtolease.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Checks the caller's token (training:read, training:write or admin, see {@link #requiredScope}) and streams the
 * training API to ingestion-service and the embedding API to embedding-service without buffering:
 * a 200 MB CSV upload and a large fine-tune export pass through in chunks, in both directions. Uploads cannot be
 * replayed, so nothing here is retried; an unreachable service answers 503 with a problem body.
 */
@ApplicationScoped
public class TrainingProxy {

    private static final Logger LOG = Logger.getLogger(TrainingProxy.class);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "proxy-authorization", "proxy-authenticate", "host");

    private record Route(String pathRegex, String service) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("/api/training/start", "embedding"),
            new Route("/api/training/.*", "ingestion"),
            new Route("/api/embeddings/.*", "embedding"));

    private final GatewayConfig config;
    private final Callers callers;
    private final HttpClient client;

    public TrainingProxy(GatewayConfig config, Callers callers, Vertx vertx) {
        this.config = config;
        this.callers = callers;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setIdleTimeout(120));
    }

    void register(@Observes Router router) {
        // Ordered before the REST layer, which would otherwise buffer the body.
        int order = -100;
        for (Route route : ROUTES) {
            router.routeWithRegex(route.pathRegex()).order(order++).handler(ctx -> forward(ctx, route.service()));
        }
    }

    /**
     * Reading what was learnt needs training:read, feeding or starting training:write, and switching the active
     * embedding version (what every conversation quotes) admin.
     */
    static String requiredScope(HttpMethod method, String path) {
        if (path.matches("/api/embeddings/versions/[^/]+/activate")) {
            return Scopes.ADMIN;
        }
        if (path.equals("/api/embeddings/search") || method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return Scopes.TRAINING_READ;
        }
        return Scopes.TRAINING_WRITE;
    }

    private void forward(RoutingContext ctx, String service) {
        HttpServerRequest request = ctx.request();
        try {
            callers.require(request.getHeader(HttpHeaders.AUTHORIZATION), requiredScope(request.method(), request.path()));
        } catch (ProblemException refused) {
            ctx.response().setStatusCode(refused.problem().status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(refused.problem()));
            return;
        }
        request.pause();
        URI target = URI.create(config.services().get(service));
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(target.getHost())
                .setPort(target.getPort())
                .setURI(request.uri());
        request.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        client.request(options)
                .compose(upstream -> upstream.send(request))
                .onSuccess(upstream -> relay(upstream, ctx.response()))
                .onFailure(error -> unavailable(ctx, service, error));
    }

    private static void relay(HttpClientResponse upstream, HttpServerResponse response) {
        response.setStatusCode(upstream.statusCode());
        upstream.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase()) && !header.getKey().equalsIgnoreCase("content-length")) {
                response.putHeader(header.getKey(), header.getValue());
            }
        });
        if (upstream.getHeader("content-length") != null) {
            response.putHeader("content-length", upstream.getHeader("content-length"));
        } else {
            response.setChunked(true);
        }
        upstream.pipeTo(response);
    }

    private static void unavailable(RoutingContext ctx, String service, Throwable error) {
        LOG.warnf("%s-service unreachable for %s: %s", service, ctx.request().uri(), error.getMessage());
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        Problem problem = Problem.of(503, "Service unavailable",
                "The " + service + " service cannot be reached right now. Nothing was changed; please try again shortly.");
        ctx.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Retry-After", "5")
                .end(Json.encode(problem));
    }
}
