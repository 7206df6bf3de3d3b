package com.leadtolease.notification.service.email;

import com.leadtolease.contracts.lead.LeadEmailData;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.platform.security.SignedTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns the agent's words to a lead who came in by webhook into an email from the leasing team, with a link that opens
 * the web chat on the lead's conversation: {@code <chat-url>/?invite=<token>}, the token a {@link SignedTokens}
 * {@code CHAT_INVITE} for the session, which the gateway exchanges for the chat's own token. The link exists only in
 * the email: it is never logged, stored or published. Without a secret or chat URL (see
 * {@link com.leadtolease.notification.config.ChatInviteCheck}) the email goes out without it.
 */
@ApplicationScoped
public class LeadEmailComposer {

    static final String OUR_HOMES = "our homes";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leadText(LeadEmailModel model);

        static native TemplateInstance leadHtml(LeadEmailModel model);
    }

    private final Optional<String> chatUrl;
    private final Optional<SignedTokens> invites;
    private final Duration inviteTtl;

    public LeadEmailComposer(NotificationConfig config, Clock clock) {
        this.chatUrl = config.mail().chatUrl().filter(url -> !url.isBlank()).map(LeadEmailComposer::withoutSlash);
        this.inviteTtl = config.mail().chatInviteTtl();
        this.invites = config.mail().chatInviteSecret().filter(secret -> !secret.isBlank())
                .map(secret -> new SignedTokens(SignedTokens.CHAT_INVITE, secret, inviteTtl, clock));
    }

    /** @param propertyName the property the lead asked about, if known */
    public LeadEmail compose(LeadEmailData email, Optional<String> propertyName) {
        String about = propertyName.filter(name -> !name.isBlank()).orElse(OUR_HOMES);
        String subject = (LeadEmailData.KIND_REPLY.equals(email.kind()) ? "Re: your inquiry about "
                : "Your inquiry about ") + about;
        LeadEmailModel model = new LeadEmailModel(subject, email.text(), chatLink(email.sessionId()).orElse(null),
                inviteTtl.toDays());
        return new LeadEmail(subject, Templates.leadText(model).render(), Templates.leadHtml(model).render());
    }

    private Optional<String> chatLink(String sessionId) {
        if (chatUrl.isEmpty() || invites.isEmpty()) {
            return Optional.empty();
        }
        String token = invites.get().issue(sessionId).token();
        return Optional.of(chatUrl.get() + "/?invite=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
