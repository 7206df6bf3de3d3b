package com.leadtolease.ingestion.rest;

import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.ingestion.config.IngestionConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caps the body of a {@link Capped} route at {@code ingestion.max-json-body}: the HTTP limit is sized for CSV uploads
 * (2 GB), while a JSON body is parsed in memory. A declared Content-Length over the cap is refused before the body is
 * read (as a filter), a chunked body once more than the cap has been read (as the reader's interceptor): 413 either
 * way, before the resource method runs.
 */
@Provider
@JsonBodyCap.Capped
public class JsonBodyCap implements ContainerRequestFilter, ReaderInterceptor {

    @NameBinding
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Capped {
    }

    /** Looked up per request: interceptors are created at static init, before the runtime config exists. */
    private final Instance<IngestionConfig> config;

    public JsonBodyCap(Instance<IngestionConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        int maxBytes = maxBytes();
        if (request.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        int maxBytes = maxBytes();
        byte[] body = context.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private int maxBytes() {
        return Math.toIntExact(config.get().maxJsonBody().asLongValue());
    }

    private static ProblemException tooLarge(int maxBytes) {
        return new ProblemException(Problem.of(413, "Content too large", "This JSON body is larger than the "
                + maxBytes + " bytes this route reads (ingestion.max-json-body); send large inputs as CSV to "
                + "POST /api/training/ingest-csv."));
    }
}
