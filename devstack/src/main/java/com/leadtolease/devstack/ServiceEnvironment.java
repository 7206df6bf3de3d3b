package com.leadtolease.devstack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The environment every service of the local stack gets, on top of the launcher's own. */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    static Map<String, String> of(DevStackConfig config, String mongoUri, String kafkaBootstrapServers,
                                  String smtpHost, DevAuth.SignIn signIn) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MONGODB_URI", mongoUri);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("SMTP_HOST", smtpHost);
        env.put("SMTP_PORT", Integer.toString(config.smtpPort()));
        env.put("HTTP_HOST", DevStackConfig.HOST);
        for (ServiceSpec spec : ServiceSpec.values()) {
            env.put(spec.portEnv(), Integer.toString(config.port(spec)));
            env.put(spec.urlEnv(), config.serviceUrl(spec));
        }
        env.put("ZAPIER_WEBHOOK_SECRET", Optional.ofNullable(config.zapierWebhookSecret())
                .orElseGet(() -> DevSecrets.zapierWebhookSecret(config.dataDir())));
        // One PII key for ingestion and agent, so a phone hashed in a historical CSV matches the same phone in a chat.
        env.put("PII_HASH_SECRET", Optional.ofNullable(System.getenv("PII_HASH_SECRET"))
                .orElseGet(() -> DevSecrets.piiHashSecret(config.dataDir())));
        // Kept in the data dir, so chat tokens the browser holds stay valid across restarts of the stack.
        env.put("CHAT_TOKEN_SECRET", Optional.ofNullable(System.getenv("CHAT_TOKEN_SECRET"))
                .orElseGet(() -> DevSecrets.chatTokenSecret(config.dataDir())));
        // One invite key for the gateway (redeems) and notification-service (signs the link of a lead's email).
        env.put("CHAT_INVITE_SECRET", Optional.ofNullable(System.getenv("CHAT_INVITE_SECRET"))
                .orElseGet(() -> DevSecrets.chatInviteSecret(config.dataDir())));
        // Inbound webhooks are signed with these; the banner names the files so a request can be signed by hand.
        env.put("WEBHOOK_ZAPIER_SECRET", Optional.ofNullable(System.getenv("WEBHOOK_ZAPIER_SECRET"))
                .orElseGet(() -> DevSecrets.webhookZapierSecret(config.dataDir())));
        env.put("WEBHOOK_CRM_SECRET", Optional.ofNullable(System.getenv("WEBHOOK_CRM_SECRET"))
                .orElseGet(() -> DevSecrets.webhookCrmSecret(config.dataDir())));
        env.put("TOUR_LINK_SECRET", Optional.ofNullable(System.getenv("TOUR_LINK_SECRET"))
                .orElseGet(() -> DevSecrets.tourLinkSecret(config.dataDir())));
        // Lead emails link the web chat there, with an invite token signed with CHAT_INVITE_SECRET (above).
        env.put("NOTIFICATION_MAIL_CHAT_URL", "http://localhost:" + config.port(ServiceSpec.CHAT_GATEWAY));
        // Tour emails link the gateway's "manage your tour" page, signed with the gateway's TOUR_LINK_SECRET.
        env.put("NOTIFICATION_MAIL_MANAGE_URL", "http://localhost:" + config.port(ServiceSpec.CHAT_GATEWAY)
                + "/book/manage.html");
        env.put("AUTH_SIGNING_KEY_FILE", signIn.signingKey().toString());
        env.put("AUTH_JWKS_FILE", signIn.jwks().toString());
        env.put("AUTH_ACCOUNTS_FILE", signIn.accounts().toString());
        env.put("AUTH_JWKS_LOCATION", signIn.jwks().toUri().toString());
        env.put("AGENT_CLIENT_SECRET", signIn.agentSecret());
        env.put("INGESTION_DATA_DIR", config.dataDir().resolve("ingestion").toString());
        env.put("DJL_CACHE_DIR", config.dataDir().resolve("djl").toString());
        env.put("INGESTION_SEED_FILE", config.rootDir().resolve("deploy/sample-data/conversations.csv").toString());
        return env;
    }
}
