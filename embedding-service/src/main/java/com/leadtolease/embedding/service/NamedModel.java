package com.leadtolease.embedding.service;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.List;
import java.util.function.Supplier;

/** An embedding model under the name stored with its vectors ({@code embedding_model}); built on first use. */
public final class NamedModel {

    private final String name;
    private final Supplier<EmbeddingModel> factory;
    private volatile EmbeddingModel model;

    public NamedModel(String name, Supplier<EmbeddingModel> factory) {
        this.name = name;
        this.factory = factory;
    }

    public String name() {
        return name;
    }

    public int dimension() {
        return model().dimension();
    }

    /** One vector per text, in order. */
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings = model().embedAll(segments).content();
        if (embeddings.size() != texts.size()) {
            throw new IllegalStateException("model " + name + " returned " + embeddings.size() + " vectors for "
                    + texts.size() + " texts");
        }
        return embeddings.stream().map(Embedding::vector).toList();
    }

    private EmbeddingModel model() {
        EmbeddingModel current = model;
        if (current == null) {
            synchronized (this) {
                if (model == null) {
                    model = factory.get();
                }
                current = model;
            }
        }
        return current;
    }
}
