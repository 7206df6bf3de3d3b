package com.leadtolease.notification.config;

import com.leadtolease.platform.security.SecretRules;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The chat link of lead emails is optional (without a secret and chat URL they go out without one, said here at
 * start-up), but a secret that is set must be strong outside dev and test: a placeholder would sign links anyone can
 * forge.
 */
@ApplicationScoped
public class ChatInviteCheck {

    private static final Logger LOG = Logger.getLogger(ChatInviteCheck.class);

    void onStart(@Observes StartupEvent startup, NotificationConfig config) {
        NotificationConfig.Mail mail = config.mail();
        var secret = mail.chatInviteSecret().filter(value -> !value.isBlank());
        if (secret.isPresent() && !LaunchMode.current().isDevOrTest()) {
            SecretRules.weakness(secret.get()).ifPresent(why -> {
                throw new IllegalStateException("Refusing to start with weak secrets: CHAT_INVITE_SECRET " + why);
            });
        }
        if (secret.isEmpty()) {
            LOG.warn("CHAT_INVITE_SECRET (notification.mail.chat-invite-secret) is not set: lead emails go out "
                    + "without a link to the web chat.");
        } else if (mail.chatUrl().filter(url -> !url.isBlank()).isEmpty()) {
            LOG.warn("NOTIFICATION_MAIL_CHAT_URL (notification.mail.chat-url) is not set: lead emails go out "
                    + "without a link to the web chat.");
        }
    }
}
