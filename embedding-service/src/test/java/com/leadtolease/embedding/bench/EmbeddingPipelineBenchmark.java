package com.leadtolease.embedding.bench;

import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.contracts.ingestion.ThreadIngestedData.IngestedMessage;
import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddedChunk;
import com.leadtolease.embedding.index.FlatVectorStore;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.leadtolease.embedding.service.Backoff;
import com.leadtolease.embedding.service.BatchEmbedder;
import com.leadtolease.embedding.service.Chunker;
import com.leadtolease.embedding.service.EmbeddingModels;
import com.leadtolease.embedding.service.NamedModel;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Embedding pipeline throughput (not a test): the service's path for ingested threads (chunking, batched embedding
 * with retry wrapper, document mapping, local index update; the Mongo write itself excluded) next to the raw
 * all-MiniLM-L6-v2 model embedding the same texts at the same batch size. Args: [messages=2000] [batch=128].
 */
public final class EmbeddingPipelineBenchmark {

    private static final String[] WORDS = ("apartment bedroom tour dog cat parking lease rent deposit application "
            + "move date budget downtown balcony laundry gym pool utilities included available june july friday "
            + "saturday morning afternoon price floor plan studio two three bath washer dryer garage storage pet "
            + "policy fee income credit check roommate renewal notice maintenance request quiet neighborhood near "
            + "school park transit work from home office").split(" ");

    private EmbeddingPipelineBenchmark() {
    }

    public static void main(String[] args) {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        List<ThreadIngestedData> threads = threads(messages, new Random(1));
        Chunker chunker = new Chunker(384, 50);
        AllMiniLmL6V2EmbeddingModel raw = new AllMiniLmL6V2EmbeddingModel();
        NamedModel model = new NamedModel(EmbeddingModels.MINILM, () -> raw);
        BatchEmbedder embedder = BatchEmbedder.sleeping(batch, new Backoff(4, Duration.ofMillis(200),
                Duration.ofSeconds(10)));
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        ChunkRepository repository = new ChunkRepository(client, "embedding-bench");
        List<String> texts = threads.stream().flatMap(t -> chunker.chunks(t).stream()).map(Chunk::text).toList();
        System.out.printf("%d messages in %d threads, %d chunks, batch size %d, %d cores%n", messages, threads.size(),
                texts.size(), batch, Runtime.getRuntime().availableProcessors());

        // warm-up of both paths
        rawRun(raw, texts.subList(0, Math.min(texts.size(), 2 * batch)), batch);
        pipelineRun(threads.subList(0, Math.min(threads.size(), 20)), chunker, embedder, model, repository);

        int rounds = Integer.getInteger("bench.rounds", 5);
        List<Double> ratios = new ArrayList<>();
        double bestRaw = 0;
        double bestPipeline = 0;
        for (int round = 1; round <= rounds; round++) {
            // Alternate which path goes first, so a slow spell of the machine does not always hit the same one.
            boolean rawFirst = round % 2 == 1;
            double first = messages / seconds(() -> run(rawFirst, raw, texts, batch, threads, chunker, embedder, model,
                    repository));
            double second = messages / seconds(() -> run(!rawFirst, raw, texts, batch, threads, chunker, embedder,
                    model, repository));
            double rawRate = rawFirst ? first : second;
            double pipelineRate = rawFirst ? second : first;
            ratios.add(pipelineRate / rawRate);
            System.out.printf("round %d: raw model %.1f messages/s, pipeline %.1f messages/s (%.2fx)%n", round,
                    rawRate, pipelineRate, pipelineRate / rawRate);
            bestRaw = Math.max(bestRaw, rawRate);
            bestPipeline = Math.max(bestPipeline, pipelineRate);
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf("best: raw model %.1f messages/s, pipeline %.1f messages/s, ratio of bests %.2f, "
                + "median round ratio %.2f (target >= 0.85)%n", bestRaw, bestPipeline, bestPipeline / bestRaw,
                sorted.get(sorted.size() / 2));
        client.close();
        mongo.shutdownNow();
    }

    private static void run(boolean rawPath, AllMiniLmL6V2EmbeddingModel raw, List<String> texts, int batch,
                            List<ThreadIngestedData> threads, Chunker chunker, BatchEmbedder embedder,
                            NamedModel model, ChunkRepository repository) {
        if (rawPath) {
            rawRun(raw, texts, batch);
        } else {
            pipelineRun(threads, chunker, embedder, model, repository);
        }
    }

    private static void rawRun(AllMiniLmL6V2EmbeddingModel raw, List<String> texts, int batch) {
        for (int from = 0; from < texts.size(); from += batch) {
            raw.embedAll(texts.subList(from, Math.min(texts.size(), from + batch)).stream().map(TextSegment::from)
                    .toList());
        }
    }

    /**
     * Chunk, embed in model batches (threads gathered the way a consumer batch would be; one thread at a time is
     * slower), upsert into MongoDB (the in-process MongoDB-wire server of the tests) and the local index.
     */
    private static void pipelineRun(List<ThreadIngestedData> threads, Chunker chunker, BatchEmbedder embedder,
                                    NamedModel model, ChunkRepository repository) {
        FlatVectorStore index = new FlatVectorStore(384, 1024);
        List<Chunk> chunks = threads.stream().flatMap(t -> chunker.chunks(t).stream()).toList();
        List<float[]> vectors = embedder.embed(model, chunks.stream().map(Chunk::text).toList());
        List<EmbeddedChunk> embedded = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            embedded.add(new EmbeddedChunk(chunks.get(i), vectors.get(i), model.name(), "bench"));
        }
        repository.upsert(embedded);
        for (EmbeddedChunk e : embedded) {
            Chunk c = e.chunk();
            index.put(e.id(), e.embedding(), c.role(), c.stage(), c.timestamp().toEpochMilli());
        }
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<ThreadIngestedData> threads(int messages, Random random) {
        List<ThreadIngestedData> threads = new ArrayList<>();
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        int made = 0;
        for (int th = 0; made < messages; th++) {
            int size = Math.min(messages - made, 4 + random.nextInt(8));
            List<IngestedMessage> list = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int words = random.nextInt(100) < 3 ? 400 + random.nextInt(300) : 8 + random.nextInt(40);
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                list.add(new IngestedMessage("m-" + th + "-" + i, i, i % 2 == 0 ? "lead" : "agent",
                        text.toString().trim(), t.plusSeconds(made + i), "touring"));
            }
            threads.add(new ThreadIngestedData("th-" + th, "bench", "bench", "touring", size, t, t, "", "h" + th, list));
            made += size;
        }
        return threads;
    }
}
