package com.leadtolease.devstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevStackConfigTest {

    @Test
    void defaults() {
        DevStackConfig config = DevStackConfig.fromEnvironment(Map.of("L2L_HOME", "/repo"));
        assertThat(config.dataDir()).isEqualTo(Path.of("/repo/data"));
        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.mongoPort()).isEqualTo(27017);
        assertThat(config.smtpPort()).isEqualTo(2525);
        assertThat(config.mailboxPort()).isEqualTo(8025);
        assertThat(config.port(ServiceSpec.CHAT_GATEWAY)).isEqualTo(8080);
        assertThat(config.port(ServiceSpec.NOTIFICATION)).isEqualTo(8085);
        assertThat(config.services()).containsExactly(ServiceSpec.values());
        assertThat(config.externalKafka()).isNull();
        assertThat(config.externalMongoUri()).isNull();
        assertThat(config.externalSmtpHost()).isNull();
        assertThat(config.readyTimeout().toSeconds()).isEqualTo(180);
        assertThat(config.serviceJvmOptions()).containsExactly("-Xmx320m", "-XX:TieredStopAtLevel=1");
        assertThat(config.kafkaJvmOptions()).containsExactly("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1");
        assertThat(config.quarkusRunJar(ServiceSpec.BOOKING))
                .isEqualTo(Path.of("/repo/booking-service/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void overridesAndExternalInfrastructure() {
        DevStackConfig config = DevStackConfig.fromEnvironment(Map.of(
                "L2L_HOME", "/repo", "L2L_DATA_DIR", "/tmp/l2l", "GATEWAY_PORT", "18080", "SMTP_PORT", "1025",
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092", "MONGODB_URI", "mongodb://db", "SMTP_HOST", "mailpit",
                "L2L_SERVICES", "booking-service, chat-gateway", "L2L_KAFKA_JAVA_OPTS", " -Xmx1g  -XX:+UseSerialGC "));
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/l2l"));
        assertThat(config.serviceUrl(ServiceSpec.CHAT_GATEWAY)).isEqualTo("http://127.0.0.1:18080");
        assertThat(config.smtpPort()).isEqualTo(1025);
        assertThat(config.externalKafka()).isEqualTo("broker:9092");
        assertThat(config.externalMongoUri()).isEqualTo("mongodb://db");
        assertThat(config.externalSmtpHost()).isEqualTo("mailpit");
        assertThat(config.services()).containsExactly(ServiceSpec.BOOKING, ServiceSpec.CHAT_GATEWAY);
        assertThat(config.kafkaJvmOptions()).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> DevStackConfig.fromEnvironment(Map.of("KAFKA_PORT", "x")))
                .hasMessageContaining("KAFKA_PORT");
        assertThatThrownBy(() -> DevStackConfig.fromEnvironment(Map.of("L2L_SERVICES", "nope")))
                .hasMessageContaining("nope");
    }

    @Test
    void freePortEnvironmentAvoidsTheDefaults() {
        Map<String, String> env = DevStackConfig.freePortEnvironment(Path.of("/repo"), Path.of("/tmp/d"));
        DevStackConfig config = DevStackConfig.fromEnvironment(env);
        assertThat(config.port(ServiceSpec.CHAT_GATEWAY)).isNotEqualTo(8080);
        assertThat(env.values().stream().filter(v -> v.matches("\\d+")).distinct().count())
                .isEqualTo(5 + ServiceSpec.values().length);
    }

    @Test
    void topicsIncludeEveryContractTopicAndItsDeadLetterTopic() {
        Map<String, Integer> topics = DevTopics.all();
        assertThat(topics).containsEntry("bookings.events", 3).containsEntry("bookings.events.dlq", 1)
                .containsEntry("chat.inbound", 3).containsEntry("notifications.events.dlq", 1);
        assertThat(topics).hasSize(20);
    }

    @Test
    void kafkaChildGetsAnAbsoluteClassPath() {
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(KafkaBroker.absolute("devstack/target/classes:devstack/target/lib/*:/abs/x.jar"))
                .isEqualTo(cwd + "/devstack/target/classes:" + cwd + "/devstack/target/lib/*:/abs/x.jar");
    }
}
