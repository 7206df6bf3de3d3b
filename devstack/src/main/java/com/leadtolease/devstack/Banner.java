package com.leadtolease.devstack;

import java.time.Duration;
import java.util.List;

/** What ./dev.sh prints once the stack is up: where the chat, mailbox and docs are, and how to sign in. */
final class Banner {

    private Banner() {
    }

    static String text(DevStackConfig config, Duration startupTime, Integer mailboxPort, DevAuth.SignIn signIn,
                       List<ServiceProcess> services) {
        String gateway = "http://localhost:" + config.port(ServiceSpec.CHAT_GATEWAY);
        StringBuilder out = new StringBuilder()
                .append("\n  Lead-to-Lease is up (").append(String.format("%.1f s", startupTime.toMillis() / 1000.0)).append(")\n\n")
                .append("  Chat       ").append(gateway).append("/\n");
        if (mailboxPort != null) {
            out.append("  Mailbox    http://localhost:").append(mailboxPort).append("/\n");
        }
        out.append("  Console    ").append(gateway).append("/console/ (sign in as Staff below)\n")
                .append("  API docs   ").append(gateway).append("/q/swagger-ui\n")
                .append("  API token  curl -d grant_type=client_credentials -d client_id=").append(DevAuth.ADMIN_CLIENT)
                .append(" -d client_secret=").append(signIn.adminSecret()).append(" ").append(gateway)
                .append("/api/auth/token\n")
                .append("  Staff      username ").append(DevAuth.OPERATOR).append(", password ")
                .append(signIn.operatorPassword()).append(" (").append(signIn.credentials())
                .append(")\n")
                .append("  Webhooks   POST ").append(gateway).append("/api/webhooks/zapier, /crm signed with ")
                .append(DevSecrets.webhookZapierSecretFile(config.dataDir())).append(", ")
                .append(DevSecrets.webhookCrmSecretFile(config.dataDir()).getFileName())
                .append(" unless WEBHOOK_*_SECRET is set (docs/integrations.md)\n")
                .append("  Logs       ").append(config.logDir()).append("\n")
                .append("  Services   ");
        services.forEach(s -> out.append(s.name()).append(" :").append(s.port()).append("  "));
        out.append("\n\n  Stop with Ctrl-C here, or ./dev.sh stop from another terminal.\n");
        return out.toString();
    }
}
