package com.leadtolease.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A local SMTP server (GreenMail, SMTP only, no authentication) that accepts mail for any address and keeps every
 * message as an .eml file in {@code <dir>} (see {@link MailStore}); {@link MailboxPage} shows them.
 */
public final class LocalMailServer implements AutoCloseable {
    private final ServerSetup setup;
    private final MailStore store;
    private GreenMail greenMail;
    /** SMTP hands the same message over once per recipient; keep one copy. */
    private final Map<MovingMessage, Boolean> stored = Collections.synchronizedMap(new WeakHashMap<>());

    private LocalMailServer(ServerSetup setup, MailStore store) {
        this.setup = setup;
        this.store = store;
    }

    /** Loads the stored mail and listens on {@code 127.0.0.1:port}. */
    public static LocalMailServer start(Path dir, int port) {
        MailStore store = new MailStore(dir);
        ServerSetup setup = new ServerSetup(port, DevStackConfig.HOST, ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        LocalMailServer server = new LocalMailServer(setup, store);
        server.startSmtp();
        return server;
    }

    /** Listens for SMTP again after {@link #stopSmtp()}, on the same port, into the same mailbox. */
    public synchronized void startSmtp() {
        if (greenMail != null) {
            return;
        }
        GreenMail smtp = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            smtp.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start SMTP on " + DevStackConfig.HOST + ":" + setup.getPort()
                    + " (is something else using it? set SMTP_PORT): " + e.getMessage(), e);
        }
        UserManager users = smtp.getUserManager();
        MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            keep(message);
            return delivery.handle(message, recipient);
        });
        greenMail = smtp;
    }

    /** Stops accepting mail (connections refused); the mailbox and its page stay (fault tests: "SMTP is down"). */
    public synchronized void stopSmtp() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized int port() {
        return greenMail == null ? setup.getPort() : greenMail.getSmtp().getPort();
    }

    MailStore store() {
        return store;
    }

    private void keep(MovingMessage message) {
        if (stored.putIfAbsent(message, Boolean.TRUE) != null) {
            return;
        }
        try {
            MailStore.Entry entry = store.save(message.getMessage(),
                    message.getToAddresses().stream().map(MailAddress::getEmail).toList());
            Log.info("mail received: \"" + entry.subject() + "\" to " + entry.to()
                    + (entry.attachments().isEmpty() ? "" : " with " + entry.attachments().size() + " attachment(s)"));
        } catch (RuntimeException e) {
            Log.warn(e.getMessage());
        }
    }

    @Override
    public void close() {
        stopSmtp();
    }
}
