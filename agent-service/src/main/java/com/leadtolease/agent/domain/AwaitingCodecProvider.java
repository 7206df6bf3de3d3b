package com.leadtolease.agent.domain;

import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * Stores {@link Awaiting} under the lower-case names sessions were saved with before it was an enum, so a session
 * saved then still reads. Quarkus registers every {@link CodecProvider} of the application.
 */
public class AwaitingCodecProvider implements CodecProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> Codec<T> get(Class<T> type, CodecRegistry registry) {
        return type == Awaiting.class ? (Codec<T>) new AwaitingCodec() : null;
    }

    private static final class AwaitingCodec implements Codec<Awaiting> {

        @Override
        public void encode(BsonWriter writer, Awaiting value, EncoderContext context) {
            writer.writeString(value.storedName());
        }

        @Override
        public Awaiting decode(BsonReader reader, DecoderContext context) {
            return Awaiting.fromStoredName(reader.readString());
        }

        @Override
        public Class<Awaiting> getEncoderClass() {
            return Awaiting.class;
        }
    }
}
