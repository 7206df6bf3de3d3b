package com.leadtolease.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of the moment an event was written, kept with its
 * outbox entry: the relay publishes it later on its own thread, and the record then continues the trace of the
 * request or record that caused the event instead of starting a new one.
 */
public final class TraceHeaders {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceHeaders() {
    }

    /** The current trace context as headers; empty outside any span. */
    public static Map<String, String> current() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (Span.current().getSpanContext().isValid()) {
            W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        }
        return headers;
    }

    /** The trace context stored in {@code headers}, if they carry one. */
    public static Optional<Context> context(Map<String, String> headers) {
        if (headers == null || !headers.containsKey(TRACEPARENT)) {
            return Optional.empty();
        }
        Context context = W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, MAP_GETTER);
        return Span.fromContext(context).getSpanContext().isValid() ? Optional.of(context) : Optional.empty();
    }

    static boolean isTraceHeader(String name) {
        return TRACEPARENT.equals(name) || TRACESTATE.equals(name);
    }
}
