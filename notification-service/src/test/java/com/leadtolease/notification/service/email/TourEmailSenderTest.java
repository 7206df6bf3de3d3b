package com.leadtolease.notification.service.email;

import com.leadtolease.notification.service.AttemptResult;
import io.vertx.ext.mail.SMTPException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class TourEmailSenderTest {

    @Test
    void aPermanentSmtpRejectionIsNotRetried() {
        SMTPException rejected = new SMTPException("RCPT TO failed", 550, List.of("550 5.1.1 mailbox unavailable"), true);
        assertThat(TourEmailSender.classify(new CompletionException(rejected)))
                .isInstanceOf(AttemptResult.Permanent.class)
                .extracting(r -> ((AttemptResult.Permanent) r).error()).asString().contains("SMTP 550");
    }

    @Test
    void transientSmtpErrorsAndConnectionFailuresAreRetried() {
        SMTPException busy = new SMTPException("try later", 451, List.of("451 4.3.0 try later"), true);
        assertThat(TourEmailSender.classify(busy)).isInstanceOf(AttemptResult.Retryable.class);
        assertThat(TourEmailSender.classify(new RuntimeException(new ConnectException("Connection refused"))))
                .isInstanceOf(AttemptResult.Retryable.class)
                .extracting(r -> ((AttemptResult.Retryable) r).error()).asString().contains("Connection refused");
    }

    @Test
    void anAddressNoSmtpServerCouldTakeIsToldApart() {
        assertThat(TourEmailSender.looksLikeAnAddress("jordan.rivera+tours@mail.example.com")).isTrue();
        assertThat(TourEmailSender.looksLikeAnAddress("jordan@localhost")).isTrue();
        assertThat(List.of("jordan", "jordan@", "@example.com", "a@b@example.com", "jordan @example.com",
                "jordan@example..com", "jordan@example.com.", "a@example.com, b@example.com", "Jordan <j@example.com>"))
                .noneMatch(TourEmailSender::looksLikeAnAddress);
    }
}
