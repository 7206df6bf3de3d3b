package com.leadtolease.testing;

import static io.restassured.RestAssured.given;

import com.leadtolease.platform.security.Scopes;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The auth matrix of one Quarkus application: every route of its {@code /q/openapi} × {no token, expired, wrong
 * signature, wrong issuer, wrong scope, right scope}, each answered 401/403/allowed as its rule says, and a
 * {@link Witness} asked after every refusal whether anything was stored, published or called.
 *
 * <p>Request bodies may contain {@link #MARK}; a request that should be let in has it replaced by
 * {@code matrix-allowed}, so a test can look for the mark alone to find what refused requests left behind.
 */
public final class RouteMatrix {

    public static final String MARK = "matrix-refused";

    public enum Access {
        /** Anyone; a token is not even looked at. */
        PUBLIC,
        /** Anyone without a token; a token that is sent must verify (401 if not), any scope will do. */
        PUBLIC_TOKEN_CHECKED,
        /** A bearer token holding the scope. */
        SCOPE,
        /** The resource's own token (chat session, tour) or a bearer token holding the scope; tried here without it. */
        OWNER_OR_SCOPE,
        /** Checked by a test of its own (e.g. a WebSocket upgrade): listed so the route list stays complete. */
        ELSEWHERE
    }

    /** One route: its rule and a request that would succeed with the right credentials. */
    public record Route(Access access, String scope, String method, String path, String contentType, Object body) {

        public static Route open(String method, String path) {
            return new Route(Access.PUBLIC, null, method, path, "application/json", null);
        }

        public static Route scoped(String scope, String method, String path, String jsonBody) {
            return new Route(Access.SCOPE, scope, method, path, "application/json", jsonBody);
        }

        public static Route of(Access access, String scope, String method, String path, String jsonBody) {
            return new Route(access, scope, method, path, "application/json", jsonBody);
        }
    }

    /** What a refused request must not leave behind: asked before and after each one. */
    public interface Witness {
        /** Called before each request. */
        default void reset() {
        }

        /** What the last refused request stored, published or called, described; empty when nothing. */
        List<String> traces();

        Witness NOTHING_TO_WATCH = List::of;
    }

    private RouteMatrix() {
    }

    /** "METHOD /path" of every operation in the running application's OpenAPI document. */
    public static Set<String> documentedRoutes() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> routes = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> routes.add(method.toUpperCase() + " " + path)));
        return routes;
    }

    /** Every mismatch, as "route with caller answered X, expected Y" or "… was refused but …"; empty when all hold. */
    public static List<String> check(Map<String, Route> rules, Witness witness) {
        List<String> wrong = new ArrayList<>();
        rules.forEach((name, route) -> {
            if (route.access() == Access.ELSEWHERE) {
                return;
            }
            expectations(route).forEach((caller, expected) -> {
                witness.reset();
                int status = send(route, caller.apply(route), expected.refused());
                if (!expected.matches(status)) {
                    wrong.add(name + " with " + caller + " answered " + status + ", expected " + expected);
                }
                if (expected.refused()) {
                    witness.traces().forEach(trace -> wrong.add(name + " with " + caller + " was refused but "
                            + trace));
                }
            });
        });
        return wrong;
    }

    /** The token variants a route is tried with, and what each must get. */
    static Map<Caller, Expected> expectations(Route route) {
        Map<Caller, Expected> expected = new LinkedHashMap<>();
        switch (route.access()) {
            case PUBLIC -> Caller.all().forEach(caller -> expected.put(caller, Expected.ALLOWED));
            case PUBLIC_TOKEN_CHECKED -> {
                expected.put(Caller.NONE, Expected.ALLOWED);
                Caller.invalid().forEach(caller -> expected.put(caller, Expected.UNAUTHORIZED));
                expected.put(Caller.WRONG_SCOPE, Expected.ALLOWED);
                expected.put(Caller.RIGHT_SCOPE, Expected.ALLOWED);
            }
            default -> {
                expected.put(Caller.NONE, Expected.UNAUTHORIZED);
                Caller.invalid().forEach(caller -> expected.put(caller, Expected.UNAUTHORIZED));
                expected.put(Caller.WRONG_SCOPE, Expected.FORBIDDEN);
                expected.put(Caller.RIGHT_SCOPE, Expected.ALLOWED);
            }
        }
        return expected;
    }

    enum Expected {
        ALLOWED, UNAUTHORIZED, FORBIDDEN;

        boolean matches(int status) {
            return switch (this) {
                case ALLOWED -> status != 401 && status != 403 && status != 429 && status != 500;
                case UNAUTHORIZED -> status == 401;
                case FORBIDDEN -> status == 403;
            };
        }

        boolean refused() {
            return this != ALLOWED;
        }
    }

    /** Who calls: the Authorization header each sends for a route (null: none). */
    enum Caller implements Function<Route, String> {
        NONE(route -> null),
        EXPIRED(route -> TestTokens.expired(scopeOf(route))),
        WRONG_SIGNATURE(route -> TestTokens.wrongSignature(scopeOf(route))),
        WRONG_ISSUER(route -> TestTokens.wrongIssuer(scopeOf(route))),
        /** Every scope but the one the route needs. */
        WRONG_SCOPE(route -> TestTokens.bearer(Scopes.ALL.stream().filter(s -> !s.equals(route.scope()))
                .toArray(String[]::new))),
        RIGHT_SCOPE(route -> TestTokens.bearer(scopeOf(route)));

        private final Function<Route, String> header;

        Caller(Function<Route, String> header) {
            this.header = header;
        }

        @Override
        public String apply(Route route) {
            return header.apply(route);
        }

        static List<Caller> all() {
            return List.of(values());
        }

        static List<Caller> invalid() {
            return List.of(EXPIRED, WRONG_SIGNATURE, WRONG_ISSUER);
        }

        private static String scopeOf(Route route) {
            return route.scope() == null ? Scopes.LEADS_READ : route.scope();
        }
    }

    private static int send(Route route, String authorization, boolean shouldBeRefused) {
        RequestSpecification request = given().contentType(route.contentType());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (route.body() instanceof Map<?, ?> form) {
            form.forEach((name, value) -> request.formParam((String) name, value));
        } else if (route.body() instanceof String body) {
            request.body(shouldBeRefused ? body : body.replace(MARK, "matrix-allowed"));
        }
        return request.request(route.method(), route.path()).statusCode();
    }
}
